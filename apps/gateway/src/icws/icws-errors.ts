import { ICWS_WWW_AUTHENTICATE } from '@switchboard/contracts';
import { HTTP_STATUS, type ApiError, type ApiErrorKind } from '../errors/api-error.js';
import type { ErrorProfile, RenderedError } from '../errors/error-profile.js';

export const ICWS_MISSING_PROPERTY = 'error.request.invalidRepresentation.missingRequiredParameter';
export const ICWS_INVALID_PROPERTY = 'error.request.invalidRepresentation.invalidProperty';

/** The errorId of a failure that did not name its own (the vendor documents only a few; these follow its style). */
const ERROR_ID: Record<ApiErrorKind, string> = {
  bad_request: ICWS_INVALID_PROPERTY,
  missing_parameter: ICWS_MISSING_PROPERTY,
  unauthorized: 'error.request.session.invalid',
  forbidden: 'error.request.accessDenied',
  no_permission: 'error.request.accessDenied',
  not_found: 'error.request.notFound',
  payload_too_large: 'error.request.entityTooLarge',
  unsupported_media_type: 'error.request.unsupportedMediaType',
  invalid_state: 'error.interaction.invalidState',
  rate_limited: 'error.request.tooManyRequests',
  bad_gateway: 'error.server.unavailable',
  service_unavailable: 'error.server.unavailable',
  internal: 'error.server.internal',
};

type IcwsErrorType =
  'urn:inin.com:common:error' | 'urn:inin.com:common:missingPropertyError' | 'urn:inin.com:common:invalidPropertyError';

function typeOf(errorId: string, property: string | undefined): IcwsErrorType {
  if (property === undefined) return 'urn:inin.com:common:error';
  if (errorId === ICWS_MISSING_PROPERTY) return 'urn:inin.com:common:missingPropertyError';
  return errorId === ICWS_INVALID_PROPERTY ? 'urn:inin.com:common:invalidPropertyError' : 'urn:inin.com:common:error';
}

/**
 * ICWS error bodies (reference C4): `{__type, errorId, message}`, `propertyName` on the property subtypes. The
 * statuses stay within those the vendor's SDK documents (400, 401, 403, 404, 500…): a state that forbids an
 * action is 400 with error.interaction.invalidState, not a 409 no ICWS client expects.
 */
function renderIcwsError(error: ApiError): RenderedError {
  const status = error.kind === 'invalid_state' ? 400 : HTTP_STATUS[error.kind];
  const headers: Record<string, string> =
    error.kind === 'unauthorized' ? { 'www-authenticate': ICWS_WWW_AUTHENTICATE } : {};
  const errorId = error.code ?? ERROR_ID[error.kind];
  const message =
    error.kind === 'unsupported_media_type'
      ? 'The body must be application/vnd.inin.icws+json or application/json.'
      : error.message;
  const property = error.property === undefined ? {} : { propertyName: error.property };
  return { status, headers, body: { __type: typeOf(errorId, error.property), errorId, message, ...property } };
}

export const icwsErrors: ErrorProfile = { dialect: 'icws', render: renderIcwsError };
