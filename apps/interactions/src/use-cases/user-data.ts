import type { ChangeUserDataCommand, InteractionCommandReply } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import type { TenantState } from '../domain/tenant-state.js';
import { handledBy, isRecord } from './agent-actions.js';
import { referenceOf } from './agent-interaction.js';

/** The handling agent's user data: attach and update set the keys given (values as given, nested kept); delete removes them. */
export function decideUserData(state: TenantState, command: ChangeUserDataCommand, now: number): Decision<InteractionCommandReply> {
  const record = handledBy(state, command, now);
  if (!isRecord(record)) return { events: [], reply: record };
  const current = record.snapshot.userData ?? {};
  const userData =
    command.operation === 'delete'
      ? Object.fromEntries(Object.entries(current).filter(([key]) => !(key in command.userData)))
      : { ...current, ...command.userData };
  const interaction = { ...record.snapshot, userData };
  return {
    events: [newEvent('interaction.user-data-changed', state.tenant, { interaction, agentId: command.agentId, ...referenceOf(command) }, now)],
    reply: { ok: true, interactionId: command.interactionId, duplicate: false },
  };
}
