import type { VccAgentAction } from '@switchboard/config';
import type { AgentInteractionCommand, InteractionCommandReply } from '@switchboard/contracts';
import { failure } from './domain-failure.js';
import { agentWithIt, type InteractionLifecycle } from './interaction-lifecycle.js';
import type { InteractionRecord } from './interactions-fold.js';
import { providerPermits } from './provider-permissions.js';
import type { TenantState } from './tenant-state.js';

/**
 * The rules every dialect's agent action starts from, read from the interaction's lifecycle: whether routing has it
 * (an agent's operations reach nothing in a plan or a workbin), whether the agent has it, whether the agent handles it
 * (accepted: connected, held or parked), and whether its provider permits the action (provider-permissions.ts).
 */

export const isRecord = (value: InteractionRecord | InteractionCommandReply): value is InteractionRecord =>
  'snapshot' in value;

/** Whether routing has the interaction: in line, offered or with its agent; not in its plan nor in a workbin. */
export const isRouted = (lifecycle: InteractionLifecycle): boolean =>
  lifecycle.phase !== 'in-plan' && lifecycle.phase !== 'in-workbin';

/** Connected to its agent, held or parked included: what routing counts as accepted. */
export const isAccepted = (lifecycle: InteractionLifecycle): boolean =>
  lifecycle.phase === 'connected' || lifecycle.phase === 'held' || lifecycle.phase === 'parked';

/** The interaction routing has, offered to or handled by the agent; or why not (not found, another agent's). */
export function offeredToOrHandledBy(
  state: TenantState,
  command: AgentInteractionCommand,
  notTheAgents: string,
): InteractionRecord | InteractionCommandReply {
  const record = state.interactions.get(command.interactionId);
  if (!record || !isRouted(record.lifecycle))
    return failure('interaction_not_found', `no interaction ${command.interactionId} is in the system`);
  if (agentWithIt(record.lifecycle) !== command.agentId) return failure('not_offered_to_agent', notTheAgents);
  return record;
}

/** The interaction the agent handles (has accepted); or why not. */
export function handledBy(
  state: TenantState,
  command: AgentInteractionCommand,
): InteractionRecord | InteractionCommandReply {
  const record = offeredToOrHandledBy(
    state,
    command,
    `interaction ${command.interactionId} is not handled by this agent`,
  );
  if (!isRecord(record)) return record;
  if (!isAccepted(record.lifecycle))
    return failure('invalid_state', `interaction ${command.interactionId} must be accepted first`);
  return record;
}

/** The interaction the agent handles, when its provider permits the action; or why not. */
export function handled(
  state: TenantState,
  command: AgentInteractionCommand,
  action: VccAgentAction,
): InteractionRecord | InteractionCommandReply {
  const record = handledBy(state, command);
  if (!isRecord(record)) return record;
  if (!providerPermits(state, record, action)) {
    return failure('action_not_permitted', `provider "${record.snapshot.provider ?? ''}" does not permit ${action}`);
  }
  return record;
}
