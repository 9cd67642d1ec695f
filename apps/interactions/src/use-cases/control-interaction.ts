import type { ControlInteractionCommand, InteractionCommandReply, InteractionSnapshot } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { handledBy, isRecord } from '../domain/handled-interaction.js';
import type { TenantState } from '../domain/tenant-state.js';
import { referenceOf } from './agent-interaction.js';

const without = (names: readonly string[] | undefined, name: string): string[] =>
  (names ?? []).filter((n) => n !== name);

/** The snapshot after the control, or why it cannot be applied. */
function controlled(
  snapshot: InteractionSnapshot,
  command: ControlInteractionCommand,
  username: string,
): InteractionSnapshot | string {
  switch (command.control) {
    case 'mute':
      return { ...snapshot, muted: command.on };
    case 'record': {
      // the agent records in one list at a time; recording off takes it out of whichever it is in
      const recorders = without(snapshot.recorders, username);
      const supervisorRecorders = without(snapshot.supervisorRecorders, username);
      if (command.on) (command.supervisor === true ? supervisorRecorders : recorders).push(username);
      const recording = recorders.length + supervisorRecorders.length > 0;
      return {
        ...snapshot,
        recorders,
        supervisorRecorders,
        recordingPaused: recording && snapshot.recordingPaused === true,
      };
    }
    case 'pause': {
      const recording = (snapshot.recorders?.length ?? 0) + (snapshot.supervisorRecorders?.length ?? 0) > 0;
      if (!recording) return 'the interaction is not being recorded: there is nothing to pause';
      return { ...snapshot, recordingPaused: command.on };
    }
  }
}

/**
 * ICWS mute, record {supervisor} and pause on an interaction the agent handles: the snapshot's flags change, so
 * every dialect sees them (Eic_Muted, Eic_Recorders, Eic_RecordersSupv, Eic_RecordingPaused).
 */
export function decideControl(
  state: TenantState,
  command: ControlInteractionCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const record = handledBy(state, command);
  if (!isRecord(record)) return { events: [], reply: record };
  const username = state.agentConfig(command.agentId)?.username ?? command.agentId;
  const interaction = controlled(record.snapshot, command, username);
  if (typeof interaction === 'string') return { events: [], reply: failure('invalid_state', interaction) };
  const { control, on, supervisor } = command;
  const data = {
    interaction,
    agentId: command.agentId,
    control,
    on,
    ...(supervisor === undefined ? {} : { supervisor }),
    ...referenceOf(command),
  };
  return {
    events: [newEvent('interaction.controlled', state.tenant, data, now)],
    reply: { ok: true, interactionId: command.interactionId, duplicate: false },
  };
}
