import type { AgentConfig } from '@switchboard/config';
import type { QueueRef } from '@switchboard/contracts';
import { agentWithIt } from './interaction-lifecycle.js';
import type { TenantState } from './tenant-state.js';

/**
 * Who may see what — one rule, however it is asked: subscribing to a queue, reading an interaction's attributes
 * by id, picking it up. An agent sees its own user queue and the workgroups it is a member of, and an interaction
 * when it is in one of those queues; a supervisor sees every queue and every interaction of its tenant. An agent
 * whose tenant-file entry lists no workgroups has membership not configured: it is a member of every workgroup and
 * may read any interaction, as every agent could before membership existed.
 */

/** Whether the agent is a member of the workgroup (a named route; ICWS names it in any case). */
export function isMember(agent: AgentConfig, workgroup: string): boolean {
  if (agent.workgroups === undefined) return true;
  const name = workgroup.toLowerCase();
  return agent.workgroups.some((member) => member.toLowerCase() === name);
}

/** Whether the agent may watch the queue: its own user queue, a workgroup it is a member of; a supervisor, any. */
export function mayViewQueue(agent: AgentConfig, queue: QueueRef): boolean {
  if (agent.role === 'supervisor') return true;
  if (queue.type === 'workgroup') return isMember(agent, queue.name);
  return agent.username.toLowerCase() === queue.name.toLowerCase();
}

/**
 * The agent whose user queue holds the interaction now, as its lifecycle says: the one it is offered to or handled
 * by (held and parked included), or, while it waits in line, the one its personal queue names.
 */
export function userQueueAgentOf(state: TenantState, interactionId: string): string | undefined {
  const record = state.interactions.get(interactionId);
  if (!record) return undefined;
  const agentId = agentWithIt(record.lifecycle);
  if (agentId !== undefined) return agentId;
  const { personalQueue } = record.snapshot;
  return record.lifecycle.phase === 'queued' && personalQueue ? state.agentIdOf(personalQueue.agent) : undefined;
}

/**
 * Whether the agent may see, and so act on, the interaction: its own (in its user queue), one that came through a
 * workgroup it is a member of, or any for a supervisor (and for an agent without configured membership). False for
 * an interaction the tenant does not have, so a caller refuses both alike and an id tells nothing of what exists.
 */
export function mayViewInteraction(state: TenantState, agentId: string, interactionId: string): boolean {
  const agent = state.agentConfig(agentId);
  const record = state.interactions.get(interactionId);
  if (!agent || !record) return false;
  if (agent.role === 'supervisor' || agent.workgroups === undefined) return true;
  if (userQueueAgentOf(state, interactionId) === agentId) return true;
  const { route } = record.snapshot;
  return route !== '' && isMember(agent, route);
}
