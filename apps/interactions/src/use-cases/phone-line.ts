import type { DomainEvent, InteractionCommandReply } from '@switchboard/contracts';
import type { TenantState } from '../domain/tenant-state.js';
import { decideHold } from './agent-actions.js';

/**
 * An agent's calls behave as on a phone (ICWS): it may have several, connected to one and holding the rest. Taking a
 * call itself — placing one, picking one up from a queue, retrieving one it holds — first holds the call it is on.
 * Routing still never offers a live interaction to an agent that has one (held calls count against its capacity).
 */

/** Whether the agent may take a call itself now: logged in, with room once the calls it is on are held. */
export const mayTakeCall = (state: TenantState, agentId: string): boolean => state.engine.hasRoomHoldingCalls(agentId);

/**
 * The events holding every call the agent is connected to and has not held, but `except`; or why one of them cannot
 * be held (its provider does not permit holds), which refuses the whole action: the agent keeps the call it is on.
 */
export function holdCallsOnLine(
  state: TenantState,
  agentId: string,
  except: string,
  now: number,
): DomainEvent[] | InteractionCommandReply {
  const events: DomainEvent[] = [];
  for (const interactionId of state.engine.agent(agentId)?.interactions ?? []) {
    if (interactionId === except) continue;
    const record = state.interactions.get(interactionId);
    // on the call: connected, not held nor parked, nor only offered
    if (record?.snapshot.interactionType !== 'live' || record.lifecycle.phase !== 'connected') continue;
    const held = decideHold(state, { agentId, interactionId }, true, now);
    if (held.events.length === 0) return held.reply;
    events.push(...held.events);
  }
  return events;
}
