import type { AgentInteractionCommand, InteractionCommandReply } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { handled, isRecord } from '../domain/handled-interaction.js';
import type { TenantState } from '../domain/tenant-state.js';

/**
 * ICWS park: the interaction stays the agent's, held, and shows as Parked (Eic_State P) until a pickup takes it
 * back. It is the provider's `hold` (VCC Register: hold covers parking). A held interaction can be parked.
 */
export function decidePark(
  state: TenantState,
  command: AgentInteractionCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const record = handled(state, command, 'hold');
  if (!isRecord(record)) return { events: [], reply: record };
  if (state.isParked(command.interactionId))
    return { events: [], reply: failure('invalid_state', 'the interaction is already parked') };
  const data = { interaction: record.snapshot, agentId: command.agentId, parked: true };
  return {
    events: [newEvent('interaction.held', state.tenant, data, now)],
    reply: { ok: true, interactionId: command.interactionId, duplicate: false },
  };
}
