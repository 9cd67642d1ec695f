import type { AgentReply, AgentView, ChangeAgentStateCommand, DomainEvent } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantState } from '../domain/tenant-state.js';

function nextView(current: AgentView, command: ChangeAgentStateCommand): AgentView | string {
  const base = { id: current.id, username: current.username };
  switch (command.change) {
    case 'login':
      return { ...base, loggedIn: true, ready: false, notReadyReason: 'logged in' };
    case 'logout':
      return { ...base, loggedIn: false, ready: false };
    case 'ready':
      return current.loggedIn ? { ...base, loggedIn: true, ready: true } : 'start a contact-center session first';
    case 'not-ready':
      return current.loggedIn
        ? { ...base, loggedIn: true, ready: false, notReadyReason: command.reason ?? 'not ready' }
        : 'start a contact-center session first';
  }
}

const unchanged = (a: AgentView, b: AgentView): boolean =>
  a.loggedIn === b.loggedIn && a.ready === b.ready && a.notReadyReason === b.notReadyReason;

/** Logging out takes back the offers the agent has not accepted: they wait again, keeping their age. */
function revokeOffers(state: TenantState, agentId: string, now: number): DomainEvent[] {
  return (state.engine.agent(agentId)?.interactions ?? []).flatMap((id) => {
    const record = state.interactions.get(id);
    if (!record || state.engine.interaction(id, now)?.status !== 'offered') return [];
    return [newEvent('interaction.offer-revoked', state.tenant, { interaction: record.snapshot, agentId, reason: 'agent-logged-out' }, now)];
  });
}

export function decideAgentStateChange(
  state: TenantState,
  command: ChangeAgentStateCommand,
  now: number,
): Decision<AgentReply> {
  const current = state.agentView(command.agentId);
  if (!current) return { events: [], reply: failure('agent_not_found', `no agent with id "${command.agentId}"`) };
  const next = nextView(current, command);
  if (typeof next === 'string') return { events: [], reply: failure('invalid_state', next) };
  if (unchanged(current, next)) return { events: [], reply: { ok: true, agent: current } };
  const events = command.change === 'logout' ? revokeOffers(state, command.agentId, now) : [];
  events.push(newEvent('agent.state-changed', state.tenant, { change: command.change, agent: next }, now));
  return { events, reply: { ok: true, agent: next } };
}
