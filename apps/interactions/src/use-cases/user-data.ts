import type { ChangeUserDataCommand, InteractionCommandReply, UserData } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { handledBy, isRecord } from '../domain/handled-interaction.js';
import type { TenantState } from '../domain/tenant-state.js';
import { userDataRefusal } from '../domain/user-data-limit.js';
import { referenceOf } from './agent-interaction.js';

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The keys an update sets. A key that matches an existing one only when case is ignored sets that one: ICWS
 * attribute names are case-insensitive, and one attribute must not become two. With a separator, each value is
 * appended to the current one (ICWS appendMode), as text.
 */
function updated(current: UserData, changes: UserData, separator: string | undefined): UserData {
  // a Map, then fromEntries: keys are client data, and `__proto__` must stay a key like any other
  const result = new Map(Object.entries(current));
  const keys = new Map([...result.keys()].map((key) => [key.toLowerCase(), key]));
  for (const [key, value] of Object.entries(changes)) {
    const target = result.has(key) ? key : (keys.get(key.toLowerCase()) ?? key);
    const before = result.get(target);
    result.set(
      target,
      separator === undefined || before === undefined ? value : `${asText(before)}${separator}${asText(value)}`,
    );
    keys.set(key.toLowerCase(), target); // a second spelling in the same update sets the same attribute
  }
  return Object.fromEntries(result);
}

/**
 * The handling agent's user data: attach and update set the keys given (values as given, nested kept), update
 * with `appendSeparator` appends to the current values; delete removes the keys given.
 */
export function decideUserData(
  state: TenantState,
  command: ChangeUserDataCommand,
  now: number,
): Decision<InteractionCommandReply> {
  if (command.appendSeparator !== undefined && command.operation !== 'update') {
    return { events: [], reply: failure('invalid_command', 'appendSeparator applies to update only') };
  }
  const record = handledBy(state, command);
  if (!isRecord(record)) return { events: [], reply: record };
  const current = record.snapshot.userData ?? {};
  const userData =
    command.operation === 'delete'
      ? Object.fromEntries(Object.entries(current).filter(([key]) => !Object.hasOwn(command.userData, key)))
      : command.operation === 'update'
        ? updated(current, command.userData, command.appendSeparator)
        : { ...current, ...command.userData };
  const tooLarge = userDataRefusal(userData, current);
  if (tooLarge) return { events: [], reply: tooLarge };
  const interaction = { ...record.snapshot, userData };
  return {
    events: [
      newEvent(
        'interaction.user-data-changed',
        state.tenant,
        { interaction, agentId: command.agentId, ...referenceOf(command) },
        now,
      ),
    ],
    reply: { ok: true, interactionId: command.interactionId, duplicate: false },
  };
}
