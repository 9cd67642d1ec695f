import type { QueueRef } from '@switchboard/contracts';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import { userQueueAgentOf } from '../domain/visibility.js';

/** A queue's identity: a workgroup by its route's name, a user's queue by the agent's username; both in lower case. */
export type QueueKey = `${QueueRef['type']}:${string}`;

export const queueKeyOf = (ref: QueueRef): QueueKey => `${ref.type}:${ref.name.toLowerCase()}`;

/**
 * The queues an interaction is in now. A workgroup queue is a named route and holds every active interaction
 * that came through it, wherever it is (waiting, offered, with an agent, held, parked, in a workbin). A user
 * queue holds what is offered to that agent or handled by it (held and ICWS-parked included), and what waits
 * with a personal queue for it — as long as it waits, so the queue changes only when an event says so.
 */
export function queuesOf(state: TenantState, interactionId: string): QueueKey[] {
  const record = state.interactions.get(interactionId);
  if (!record) return [];
  const { route } = record.snapshot;
  const keys: QueueKey[] = route === '' ? [] : [queueKeyOf({ type: 'workgroup', name: route })];
  const agentId = userQueueAgentOf(state, interactionId);
  const username = agentId === undefined ? undefined : state.agentConfig(agentId)?.username;
  if (username !== undefined) keys.push(queueKeyOf({ type: 'user', name: username }));
  return keys;
}

/** The queue a reference names, with its name as configured; undefined when the tenant has no such route or agent. */
export function resolveQueue(state: TenantState, catalog: TenantCatalog, ref: QueueRef): QueueRef | undefined {
  if (ref.type === 'workgroup') {
    const route = catalog.routeNamed(ref.name);
    return route === undefined ? undefined : { type: 'workgroup', name: route };
  }
  const agentId = state.agentIdOf(ref.name);
  const username = agentId === undefined ? undefined : state.agentConfig(agentId)?.username;
  return username === undefined ? undefined : { type: 'user', name: username };
}
