import type { CommandFailure, DomainErrorCode } from '@switchboard/contracts';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';
import { ICWS_INVALID_PROPERTY } from './icws-errors.js';

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
  log_unavailable: 'error.server.unavailable',
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
