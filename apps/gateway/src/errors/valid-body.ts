import { describeValidationErrors, type RequestBodyValidator } from '@switchboard/contracts';
import { ApiError } from './api-error.js';

/** `/targetQueue/queueName` → `targetQueue.queueName`; a missing property is named by the `required` error itself. */
function propertyOf(validate: RequestBodyValidator): string | undefined {
  const [first] = validate.errors ?? [];
  if (!first) return undefined;
  const at = first.instancePath.split('/').filter((part) => part !== '');
  if (first.keyword === 'required') at.push(String((first.params as { missingProperty: unknown }).missingProperty));
  if (first.keyword === 'additionalProperties')
    at.push(String((first.params as { additionalProperty: unknown }).additionalProperty));
  if (first.keyword === 'discriminator') at.push('__type');
  return at.length === 0 ? undefined : at.join('.');
}

/**
 * The body, once it is as the contract describes it; else a missing parameter (no body, or a required property —
 * an ICWS `__type` included — absent) or a bad request, naming the property. Each dialect renders it its own way:
 * GWS statusCode 1 or 10, ICWS missingPropertyError or invalidPropertyError with propertyName, VCC 400.
 */
export function validBody<T>(validate: RequestBodyValidator<T>, body: unknown): T {
  if (body === undefined || body === null) throw new ApiError('missing_parameter', 'A request body is required.');
  if (validate(body)) return body;
  const [first] = validate.errors ?? [];
  const untyped = first?.keyword === 'discriminator' && typeof body === 'object' && !('__type' in body);
  const missing = first?.keyword === 'required' || untyped;
  const property = propertyOf(validate);
  throw new ApiError(
    missing ? 'missing_parameter' : 'bad_request',
    describeValidationErrors(validate.errors),
    property === undefined ? {} : { property },
  );
}
