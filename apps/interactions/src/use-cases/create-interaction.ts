import type {
  CreateInteractionCommand,
  InteractionCommandReply,
  InteractionSnapshot,
  QueueRef,
} from '@switchboard/contracts';
import { refuse, type Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import { userDataRefusal } from '../domain/user-data-limit.js';
import { resolveQueue } from '../queue-subscriptions/queue-key.js';
import { referenceOf } from './agent-interaction.js';
import { holdCallsOnLine, mayTakeCall } from './phone-line.js';
import { enterRoute } from './plan-outcome.js';
import { userQueueOf } from './user-queue.js';

const MEDIA_TYPES = { call: 'Call', callback: 'Callback', generic: 'Generic' } as const;

function snapshotOf(id: string, command: CreateInteractionCommand, route: string, now: number): InteractionSnapshot {
  const { kind, target, subject, remoteName, remoteId, attributes } = command;
  return {
    id,
    route,
    interactionType: kind === 'call' ? 'live' : 'nonlive',
    mediaType: MEDIA_TYPES[kind],
    direction: command.direction ?? (kind === 'call' ? 'outbound' : 'inbound'),
    ...(target === undefined ? {} : { clid: target }),
    ...(remoteName === undefined ? {} : { name: remoteName }),
    ...(remoteId === undefined ? {} : { remoteId }),
    ...(subject === undefined ? {} : { subject }),
    properties: {},
    skills: [],
    // ICWS custom attributes are the interaction's user data, so GWS sees them too
    ...(attributes === undefined ? {} : { userData: { ...attributes } }),
    queuedAt: new Date(now).toISOString(),
  };
}

/**
 * An agent starts an interaction (ICWS `POST /interactions`). A call is the agent's own, to `target`: connected to
 * it at once (dialled on behalf of the workgroup `queue` names, if any), so the agent must be logged in with room
 * for a call once the one it is on, if any, is held (phone-line.ts). A callback or work item waits in `queue`: a
 * workgroup's is its named route, whose plan it enters exactly as a VCC dispatch does; a user's queue keeps it for
 * that agent alone for as long as a personal queue can (ACD defaults, no plan).
 */
export function decideCreateInteraction(
  state: TenantState,
  catalog: TenantCatalog,
  command: CreateInteractionCommand,
  now: number,
): Decision<InteractionCommandReply> {
  if (!state.agentConfig(command.agentId))
    return refuse(failure('agent_not_found', `no agent with id "${command.agentId}"`));
  if (command.kind !== 'generic' && command.target === undefined)
    return refuse(failure('invalid_command', `a ${command.kind} needs a target`));
  const tooLarge = userDataRefusal(command.attributes);
  if (tooLarge) return refuse(tooLarge);
  const queue = command.queue === undefined ? undefined : resolveQueue(state, catalog, command.queue);
  if (command.queue && !queue)
    return refuse(failure('queue_not_found', `no ${command.queue.type} queue "${command.queue.name}"`));
  const id = state.nextInteractionId();
  const reply = { ok: true, interactionId: id, duplicate: false } as const;
  if (command.kind === 'call') return call(state, command, queue, id, now);
  if (!queue) return refuse(failure('invalid_command', `a ${command.kind} is queued: name its queue`));
  if (queue.type === 'workgroup') {
    const plan = catalog.planForRoute(queue.name);
    if (!plan) return refuse(failure('queue_not_found', `workgroup "${queue.name}" has no plan`));
    return { events: enterRoute(state.tenant, plan, snapshotOf(id, command, queue.name, now), now), reply };
  }
  const interaction = { ...snapshotOf(id, command, '', now), personalQueue: userQueueOf(queue.name) };
  return { events: [newEvent('interaction.queued', state.tenant, { interaction }, now)], reply };
}

function call(
  state: TenantState,
  command: CreateInteractionCommand,
  queue: QueueRef | undefined,
  id: string,
  now: number,
): Decision<InteractionCommandReply> {
  if (queue?.type === 'user')
    return refuse(failure('invalid_command', 'a call is dialled on behalf of a workgroup, not a user'));
  if (!mayTakeCall(state, command.agentId)) {
    return refuse(
      failure('invalid_state', 'to place a call the agent must be logged in, with no call still being offered to it'),
    );
  }
  // the call it is on, if any, is held first, as a phone does
  const held = holdCallsOnLine(state, command.agentId, id, now);
  if (!Array.isArray(held)) return refuse(held);
  const interaction = snapshotOf(id, command, queue?.name ?? '', now);
  const data = { interaction, agentId: command.agentId, how: 'outbound-call' as const, ...referenceOf(command) };
  return {
    events: [...held, newEvent('interaction.connected', state.tenant, data, now)],
    reply: { ok: true, interactionId: id, duplicate: false },
  };
}
