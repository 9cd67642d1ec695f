import type { DomainErrorCode, IcwsApi } from '@switchboard/contracts';

/** An ICWS error body (reference C4): `{__type, errorId, message}`, `propertyName` on the property subtypes. */
export type IcwsErrorBody = IcwsApi.components['schemas']['Error'];

/** The errorIds Switchboard answers. The vendor documents only a few (reference C4); the others follow its style. */
export const ICWS_ERROR_ID = {
  missingProperty: 'error.request.invalidRepresentation.missingRequiredParameter',
  invalidProperty: 'error.request.invalidRepresentation.invalidProperty',
  authenticationFailure: 'error.request.connection.authenticationFailure',
  sessionInvalid: 'error.request.session.invalid',
  accessDenied: 'error.request.accessDenied',
  notFound: 'error.request.notFound',
  entityTooLarge: 'error.request.entityTooLarge',
  unsupportedMediaType: 'error.request.unsupportedMediaType',
  tooManyRequests: 'error.request.tooManyRequests',
  interactionNotFound: 'error.interaction.notFound',
  interactionInvalidState: 'error.interaction.invalidState',
  queueNotFound: 'error.queue.notFound',
  userNotFound: 'error.user.notFound',
  serverUnavailable: 'error.server.unavailable',
  serverInternal: 'error.server.internal',
} as const;

export type IcwsErrorId = (typeof ICWS_ERROR_ID)[keyof typeof ICWS_ERROR_ID];

/** The ICWS errorId of each of the domain's refusals (its status is the gateway's to choose). */
const REFUSAL_ERROR_ID: Record<DomainErrorCode, IcwsErrorId> = {
  invalid_command: ICWS_ERROR_ID.invalidProperty,
  route_not_found: ICWS_ERROR_ID.queueNotFound,
  queue_not_found: ICWS_ERROR_ID.queueNotFound,
  queue_not_visible: ICWS_ERROR_ID.accessDenied,
  interaction_not_found: ICWS_ERROR_ID.interactionNotFound,
  not_offered_to_agent: ICWS_ERROR_ID.interactionNotFound,
  agent_not_found: ICWS_ERROR_ID.userNotFound,
  unknown_agent: ICWS_ERROR_ID.userNotFound,
  workbin_not_found: ICWS_ERROR_ID.queueNotFound,
  dead_letter_not_found: ICWS_ERROR_ID.notFound,
  provider_not_found: ICWS_ERROR_ID.notFound,
  action_not_permitted: ICWS_ERROR_ID.accessDenied,
  provider_required: ICWS_ERROR_ID.accessDenied,
  provider_mismatch: ICWS_ERROR_ID.accessDenied,
  provider_not_registered: ICWS_ERROR_ID.accessDenied,
  invalid_state: ICWS_ERROR_ID.interactionInvalidState,
  offer_expired: ICWS_ERROR_ID.interactionInvalidState,
  target_unavailable: ICWS_ERROR_ID.interactionInvalidState,
  external_id_in_use: ICWS_ERROR_ID.invalidProperty,
  agent_exists: ICWS_ERROR_ID.invalidProperty,
  precondition_failed: ICWS_ERROR_ID.invalidProperty,
  unknown_skill: ICWS_ERROR_ID.invalidProperty,
  delivery_failed: ICWS_ERROR_ID.serverInternal,
  log_unavailable: ICWS_ERROR_ID.serverUnavailable,
  internal_error: ICWS_ERROR_ID.serverInternal,
};

export const icwsErrorIdOfRefusal = (code: DomainErrorCode): IcwsErrorId => REFUSAL_ERROR_ID[code];

/** What an ICWS client is told when its body is neither of the JSON types ICWS accepts. */
export const ICWS_UNSUPPORTED_MEDIA_TYPE_MESSAGE =
  'The body must be application/vnd.inin.icws+json or application/json.';

/** The body's subtype: the property ones only where a property is named, and only for the property errorIds. */
function typeOf(errorId: string, propertyName: string | undefined): IcwsErrorBody['__type'] {
  if (propertyName === undefined) return 'urn:inin.com:common:error';
  if (errorId === ICWS_ERROR_ID.missingProperty) return 'urn:inin.com:common:missingPropertyError';
  return errorId === ICWS_ERROR_ID.invalidProperty
    ? 'urn:inin.com:common:invalidPropertyError'
    : 'urn:inin.com:common:error';
}

/** An ICWS error body; `propertyName` names the request property at fault, where there is one. */
export function icwsErrorBody(errorId: string, message: string, propertyName?: string): IcwsErrorBody {
  const property = propertyName === undefined ? {} : { propertyName };
  return { __type: typeOf(errorId, propertyName), errorId, message, ...property };
}
