import { describeValidationErrors, type CommandFailure, type DomainErrorCode, type OpenApiValidator } from '@switchboard/contracts';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';
import { ICWS_INVALID_PROPERTY, ICWS_MISSING_PROPERTY } from '../errors/icws-errors.js';

type BodyValidator = ReturnType<OpenApiValidator['requestBody']>;

/** The ICWS errorId of each of the domain's refusals; its status comes from the refusal's kind (DOMAIN_FAILURE_KIND). */
const ICWS_ERROR_ID: Record<DomainErrorCode, string> = {
  invalid_command: ICWS_INVALID_PROPERTY,
  route_not_found: 'error.queue.notFound',
  queue_not_found: 'error.queue.notFound',
  queue_not_visible: 'error.request.accessDenied',
  interaction_not_found: 'error.interaction.notFound',
  not_offered_to_agent: 'error.interaction.notFound',
  agent_not_found: 'error.user.notFound',
  unknown_agent: 'error.user.notFound',
  workbin_not_found: 'error.queue.notFound',
  dead_letter_not_found: 'error.request.notFound',
  provider_not_found: 'error.request.notFound',
  action_not_permitted: 'error.request.accessDenied',
  provider_required: 'error.request.accessDenied',
  provider_mismatch: 'error.request.accessDenied',
  provider_not_registered: 'error.request.accessDenied',
  invalid_state: 'error.interaction.invalidState',
  offer_expired: 'error.interaction.invalidState',
  target_unavailable: 'error.interaction.invalidState',
  external_id_in_use: ICWS_INVALID_PROPERTY,
  unknown_skill: ICWS_INVALID_PROPERTY,
  delivery_failed: 'error.server.internal',
  internal_error: 'error.server.internal',
};

export function icwsFailure(failure: CommandFailure): ApiError {
  return domainFailure(failure, ICWS_ERROR_ID[failure.error.code]);
}

/** The reply when the domain agreed; its refusal as the ICWS error otherwise. */
export function succeeded<R extends { ok: true }>(reply: R | CommandFailure): R {
  if (!reply.ok) throw icwsFailure(reply);
  return reply;
}

/** `/targetQueue/queueName` → `targetQueue.queueName`; a missing property is named by the `required` error itself. */
function propertyOf(validate: BodyValidator): string | undefined {
  const [first] = validate.errors ?? [];
  if (!first) return undefined;
  const at = first.instancePath.split('/').filter((part) => part !== '');
  if (first.keyword === 'required') at.push(String((first.params as { missingProperty: unknown }).missingProperty));
  if (first.keyword === 'additionalProperties') at.push(String((first.params as { additionalProperty: unknown }).additionalProperty));
  if (first.keyword === 'discriminator') at.push('__type');
  return at.length === 0 ? undefined : at.join('.');
}

/**
 * The body, once it is as the contract describes it; else 400 — missingPropertyError when a required property
 * (`__type` included) is absent, invalidPropertyError otherwise (an unknown `__type` too), naming the property.
 */
export function validIcwsBody(validate: BodyValidator, body: unknown): unknown {
  if (body === undefined || body === null) {
    throw new ApiError('missing_parameter', 'A request body is required.', { code: ICWS_MISSING_PROPERTY });
  }
  if (validate(body)) return body;
  const [first] = validate.errors ?? [];
  const untyped = first?.keyword === 'discriminator' && typeof body === 'object' && !('__type' in body);
  const missing = first?.keyword === 'required' || untyped;
  const property = propertyOf(validate);
  throw new ApiError(missing ? 'missing_parameter' : 'bad_request', describeValidationErrors(validate.errors), {
    code: missing ? ICWS_MISSING_PROPERTY : ICWS_INVALID_PROPERTY,
    ...(property === undefined ? {} : { property }),
  });
}
