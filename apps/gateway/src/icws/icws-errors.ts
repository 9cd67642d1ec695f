import { ICWS_WWW_AUTHENTICATE } from '@switchboard/contracts';
import {
  ICWS_ERROR_ID,
  ICWS_UNSUPPORTED_MEDIA_TYPE_MESSAGE,
  icwsErrorBody,
  type IcwsErrorId,
} from '@switchboard/icws-dialect';
import { HTTP_STATUS, type ApiError, type ApiErrorKind } from '../errors/api-error.js';
import type { ErrorProfile, RenderedError } from '../errors/error-profile.js';

/** The errorId of a failure that did not name its own. */
const ERROR_ID: Record<ApiErrorKind, IcwsErrorId> = {
  bad_request: ICWS_ERROR_ID.invalidProperty,
  missing_parameter: ICWS_ERROR_ID.missingProperty,
  unauthorized: ICWS_ERROR_ID.sessionInvalid,
  forbidden: ICWS_ERROR_ID.accessDenied,
  no_permission: ICWS_ERROR_ID.accessDenied,
  not_found: ICWS_ERROR_ID.notFound,
  payload_too_large: ICWS_ERROR_ID.entityTooLarge,
  unsupported_media_type: ICWS_ERROR_ID.unsupportedMediaType,
  invalid_state: ICWS_ERROR_ID.interactionInvalidState,
  precondition_failed: ICWS_ERROR_ID.invalidProperty, // the admin API's alone; never an ICWS route's
  rate_limited: ICWS_ERROR_ID.tooManyRequests,
  bad_gateway: ICWS_ERROR_ID.serverUnavailable,
  service_unavailable: ICWS_ERROR_ID.serverUnavailable,
  internal: ICWS_ERROR_ID.serverInternal,
};

/**
 * ICWS error bodies (reference C4; the body is libs/icws-dialect's). The statuses stay within those the vendor's SDK
 * documents (400, 401, 403, 404, 500…): a state that forbids an action is 400 with error.interaction.invalidState,
 * not a 409 no ICWS client expects.
 */
function renderIcwsError(error: ApiError): RenderedError {
  const status = error.kind === 'invalid_state' ? 400 : HTTP_STATUS[error.kind];
  const headers: Record<string, string> =
    error.kind === 'unauthorized' ? { 'www-authenticate': ICWS_WWW_AUTHENTICATE } : {};
  const errorId = error.code ?? ERROR_ID[error.kind];
  const message = error.kind === 'unsupported_media_type' ? ICWS_UNSUPPORTED_MEDIA_TYPE_MESSAGE : error.message;
  return { status, headers, body: icwsErrorBody(errorId, message, error.property) };
}

export const icwsErrors: ErrorProfile = { dialect: 'icws', render: renderIcwsError };
