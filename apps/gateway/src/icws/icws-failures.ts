import type { CommandFailure } from '@switchboard/contracts';
import { icwsErrorIdOfRefusal } from '@switchboard/icws-dialect';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';

/** A domain refusal as the gateway's error, with its ICWS errorId; its status comes from its kind (DOMAIN_FAILURE_KIND). */
export function icwsFailure(failure: CommandFailure): ApiError {
  return domainFailure(failure, icwsErrorIdOfRefusal(failure.error.code));
}

/** The reply when the domain agreed; its refusal as the ICWS error otherwise. */
export function succeeded<R extends { ok: true }>(reply: R | CommandFailure): R {
  if (!reply.ok) throw icwsFailure(reply);
  return reply;
}
