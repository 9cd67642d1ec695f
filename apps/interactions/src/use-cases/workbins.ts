import type { AgentWorkbinsReply, WorkbinCommand, WorkbinCommandReply, WorkbinRef } from '@switchboard/contracts';
import { refuse, type Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { handled, isRecord } from '../domain/handled-interaction.js';
import { workbinRefOf, type InteractionRecord, type TenantState } from '../domain/tenant-state.js';
import { referenceOf } from './agent-interaction.js';

/**
 * An agent's workbin operations. Parking (`place`) takes an interaction the agent handles out of routing and
 * frees the agent's capacity; `pull` gives it back to an agent with room for it, connected at once. Only
 * non-live work waits in a workbin (a caller or chat customer cannot be left for later), and parking is the
 * provider's `hold` (VCC Register), as it is for the other dialects. `list` and (un)`subscribe` change nothing
 * in routing; they are events so that their notification is delivered as durably, and in the same order, as
 * every other.
 */
export function decideWorkbin(state: TenantState, command: WorkbinCommand, now: number): Decision<WorkbinCommandReply> {
  if (!state.agentConfig(command.agentId))
    return refuse(failure('agent_not_found', `no agent with id "${command.agentId}"`));
  const workbin = state.workbin(command.agentId, command.workbin);
  if (!workbin) return refuse(failure('workbin_not_found', `no workbin "${command.workbin}"`));
  const reference = referenceOf(command);
  switch (command.operation) {
    case 'place':
      return place(state, command, workbin, now);
    case 'pull':
      return pull(state, command, workbin, now);
    case 'list': {
      const data = { agentId: command.agentId, workbin, interactions: state.workbinContent(workbin), ...reference };
      return { events: [newEvent('agent.workbin-listed', state.tenant, data, now)], reply: { ok: true } };
    }
    case 'subscribe':
    case 'unsubscribe': {
      const data = { agentId: command.agentId, workbin, subscribed: command.operation === 'subscribe', ...reference };
      return { events: [newEvent('agent.workbin-subscription-changed', state.tenant, data, now)], reply: { ok: true } };
    }
  }
}

function place(
  state: TenantState,
  command: WorkbinCommand,
  workbin: WorkbinRef,
  now: number,
): Decision<WorkbinCommandReply> {
  if (command.interactionId === undefined) return refuse(failure('invalid_command', 'place needs the interactionId'));
  // parking is the provider's hold, as in the other dialects
  const record = handled(state, { interactionId: command.interactionId, agentId: command.agentId }, 'hold');
  if (!isRecord(record)) return refuse(record);
  if (record.snapshot.interactionType !== 'nonlive') {
    return refuse(
      failure(
        'invalid_state',
        `a ${record.snapshot.interactionType} interaction cannot wait in a workbin; only non-live work can`,
      ),
    );
  }
  return moved('interaction.placed-in-workbin', state, command, record, workbin, now);
}

function pull(
  state: TenantState,
  command: WorkbinCommand,
  workbin: WorkbinRef,
  now: number,
): Decision<WorkbinCommandReply> {
  if (command.interactionId === undefined) return refuse(failure('invalid_command', 'pull needs the interactionId'));
  const record = state.interactions.get(command.interactionId);
  const parkedIn = state.workbinOf(command.interactionId);
  const sameWorkbin = parkedIn?.name === workbin.name && parkedIn.ownerAgentId === workbin.ownerAgentId;
  if (!record || !sameWorkbin)
    return refuse(
      failure('interaction_not_found', `interaction ${command.interactionId} is not in workbin "${workbin.name}"`),
    );
  if (!state.engine.hasRoomFor(command.agentId, record.snapshot.interactionType)) {
    return refuse(
      failure('invalid_state', 'the agent must be logged in with room for another interaction of this type'),
    );
  }
  return moved('interaction.pulled-from-workbin', state, command, record, workbin, now);
}

/** An interaction into or out of a workbin: the agents subscribed to the workbin then are told (ItemAdded / ItemRemoved). */
function moved(
  type: 'interaction.placed-in-workbin' | 'interaction.pulled-from-workbin',
  state: TenantState,
  command: WorkbinCommand,
  record: InteractionRecord,
  workbin: WorkbinRef,
  now: number,
): Decision<WorkbinCommandReply> {
  const data = {
    interaction: record.snapshot,
    agentId: command.agentId,
    workbin,
    subscribers: state.workbinSubscribersOf(workbin),
    ...referenceOf(command),
  };
  return { events: [newEvent(type, state.tenant, data, now)], reply: { ok: true, interactionId: record.snapshot.id } };
}

/** The workbins an agent may use — its own of every agent workbin, and the queue workbins — with their content. */
export function agentWorkbins(state: TenantState, agentId: string): AgentWorkbinsReply {
  if (!state.agentConfig(agentId)) return failure('agent_not_found', `no agent with id "${agentId}"`);
  return {
    ok: true,
    workbins: state.workbinConfigList().map((config) => ({
      name: config.name,
      scope: config.scope,
      ...(config.scope === 'queue' ? { queue: config.queue } : {}),
      interactions: state.workbinContent(workbinRefOf(config, agentId)),
    })),
  };
}
