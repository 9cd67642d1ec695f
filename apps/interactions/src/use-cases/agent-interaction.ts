import type { AgentInteractionCommand, InteractionCommandReply } from '@switchboard/contracts';
import { ok, refuse, type Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { isAccepted, isRecord, offeredToOrHandledBy } from '../domain/handled-interaction.js';
import { readinessChange, readinessOnCompletion } from '../domain/routed-readiness.js';
import type { TenantState } from '../domain/tenant-state.js';

export type AgentAction = 'accept' | 'reject' | 'complete' | 'cancel';

/** The caller's reference, carried into the events a request causes (GWS echoes it in the notification). */
export const referenceOf = (command: { referenceId?: number }): { referenceId?: number } =>
  command.referenceId === undefined ? {} : { referenceId: command.referenceId };

/**
 * An agent's own operations on an interaction offered to it or handled by it: accept within the lease (a late
 * or second accept is refused), reject an offer, complete what it handles, or cancel it — give up unfinished work,
 * so it waits for an agent again with its age (no wrap-up, and unlike a reject the agent stays ready).
 */
export function decideAgentInteraction(
  state: TenantState,
  command: AgentInteractionCommand,
  action: AgentAction,
  now: number,
): Decision<InteractionCommandReply> {
  const record = offeredToOrHandledBy(
    state,
    command,
    `interaction ${command.interactionId} is not offered to or handled by this agent`,
  );
  if (!isRecord(record)) return refuse(record);
  const { lifecycle } = record;
  const data = { interaction: record.snapshot, agentId: command.agentId, ...referenceOf(command) };
  switch (action) {
    case 'accept':
      if (isAccepted(lifecycle)) return refuse(failure('invalid_state', 'the interaction was already accepted'));
      if (lifecycle.leaseUntil !== undefined && now >= lifecycle.leaseUntil) {
        return refuse(failure('offer_expired', 'the offer expired before it was accepted'));
      }
      return { events: [newEvent('interaction.accepted', state.tenant, data, now)], reply: ok(command.interactionId) };
    case 'reject': {
      if (lifecycle.phase !== 'offered') return refuse(failure('invalid_state', 'only an offer can be rejected'));
      // routing makes the agent not ready (missed), as after a timeout
      const missed = readinessChange(state, command.agentId, 'missed');
      return {
        events: [newEvent('interaction.rejected', state.tenant, { ...data, ...missed }, now)],
        reply: ok(command.interactionId),
      };
    }
    case 'complete': {
      if (!isAccepted(lifecycle))
        return refuse(failure('invalid_state', 'only an accepted interaction can be completed'));
      const wrapUp = readinessOnCompletion(state, command.interactionId, command.agentId);
      return {
        events: [newEvent('interaction.completed', state.tenant, { ...data, ...wrapUp }, now)],
        reply: ok(command.interactionId),
      };
    }
    case 'cancel':
      if (!isAccepted(lifecycle))
        return refuse(failure('invalid_state', 'only an accepted interaction can be cancelled'));
      return { events: [newEvent('interaction.cancelled', state.tenant, data, now)], reply: ok(command.interactionId) };
  }
}
