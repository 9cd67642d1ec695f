import type { AgentIdentity } from '@switchboard/auth';
import type { CommandFailure, GwsApi } from '@switchboard/contracts';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';
import type { GwsRequest } from './gws-agent.guard.js';
import { GWS_STATUS_CODE } from './gws-errors.js';

type Schemas = GwsApi.components['schemas'];

/**
 * An operation's answer: statusCode 0 — with `status: "ok"` and the referenceId its notification will echo, for
 * the operations that have one — or the refusal's status code and message.
 */
export function gwsStatusOf(reply: { ok: true } | CommandFailure, referenceId?: number): Schemas['StatusResponse'] {
  if (reply.ok) return referenceId === undefined ? { statusCode: 0 } : { statusCode: 0, status: 'ok', referenceId };
  const failure = domainFailure(reply);
  if (failure.kind === 'internal') throw failure;
  return { statusCode: GWS_STATUS_CODE[failure.kind], statusMessage: reply.error.message };
}

/** The agent the guard authenticated. */
export function agentOf(request: GwsRequest): AgentIdentity {
  if (!request.agent) throw new ApiError('unauthorized', 'Access denied');
  return request.agent;
}
