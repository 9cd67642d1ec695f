import type { CommandFailure, DomainErrorCode } from '@switchboard/contracts';
import { ApiError, type ApiErrorKind } from './api-error.js';

/**
 * What each of the domain's refusals is in the gateway's catalogue; each dialect then renders the kind its own way
 * (each dialect's ErrorProfile). Someone else's interaction is simply not found.
 */
export const DOMAIN_FAILURE_KIND: Record<DomainErrorCode, ApiErrorKind> = {
  invalid_command: 'bad_request',
  route_not_found: 'not_found',
  queue_not_found: 'not_found',
  queue_not_visible: 'forbidden',
  interaction_not_found: 'not_found',
  not_offered_to_agent: 'not_found',
  agent_not_found: 'not_found',
  unknown_agent: 'not_found',
  workbin_not_found: 'not_found',
  dead_letter_not_found: 'not_found',
  provider_not_found: 'not_found',
  action_not_permitted: 'forbidden',
  provider_required: 'forbidden',
  provider_mismatch: 'forbidden',
  provider_not_registered: 'forbidden',
  invalid_state: 'invalid_state',
  offer_expired: 'invalid_state',
  target_unavailable: 'invalid_state',
  external_id_in_use: 'bad_request',
  agent_exists: 'invalid_state',
  precondition_failed: 'precondition_failed',
  unknown_skill: 'bad_request',
  delivery_failed: 'bad_gateway',
  // the log did not confirm the command's events: its outcome is unknown, and a retry (same requestid) settles it
  log_unavailable: 'service_unavailable',
  internal_error: 'internal',
};

/** A domain refusal as the gateway's error; `code` is the dialect's own id for it, where it has one. */
export function domainFailure({ error }: CommandFailure, code?: string): ApiError {
  return new ApiError(DOMAIN_FAILURE_KIND[error.code], error.message, code === undefined ? {} : { code });
}
