import { describeValidationErrors, type CommandFailure, type DomainErrorCode, type GwsApi, type OpenApiValidator } from '@switchboard/contracts';
import type { AgentIdentity } from '@switchboard/auth';
import { ApiError } from '../errors/api-error.js';
import type { GwsRequest } from './gws-agent.guard.js';

type Schemas = GwsApi.components['schemas'];
type BodyValidator = ReturnType<OpenApiValidator['requestBody']>;

/** GWS status codes for the domain's refusals (reference B3); someone else's interaction is simply not found. */
const STATUS_CODE_OF: Partial<Record<DomainErrorCode, Schemas['StatusCode']>> = {
  invalid_state: 2,
  offer_expired: 2,
  target_unavailable: 2,
  action_not_permitted: 3,
  interaction_not_found: 6,
  not_offered_to_agent: 6,
  agent_not_found: 6,
  route_not_found: 6,
  workbin_not_found: 6,
};

/**
 * An operation's answer: statusCode 0 — with `status: "ok"` and the referenceId its notification will echo, for
 * the operations that have one — or the refusal's status code and message.
 */
export function gwsStatusOf(reply: { ok: true } | CommandFailure, referenceId?: number): Schemas['StatusResponse'] {
  if (reply.ok) return referenceId === undefined ? { statusCode: 0 } : { statusCode: 0, status: 'ok', referenceId };
  const statusCode = STATUS_CODE_OF[reply.error.code];
  if (statusCode === undefined) throw new ApiError('internal', reply.error.message);
  return { statusCode, statusMessage: reply.error.message };
}

/** The agent the guard authenticated. */
export function agentOf(request: GwsRequest): AgentIdentity {
  if (!request.agent) throw new ApiError('unauthorized', 'Access denied');
  return request.agent;
}

/** The body, once it is as the contract describes it; else statusCode 1 (a required parameter is missing) or 10 (invalid). */
export function validBody(validate: BodyValidator, body: unknown): unknown {
  if (validate(body)) return body;
  const missing = validate.errors?.some((e) => e.keyword === 'required');
  throw new ApiError(missing ? 'missing_parameter' : 'bad_request', describeValidationErrors(validate.errors));
}
