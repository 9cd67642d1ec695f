import type {
  AgentReply,
  AgentView,
  ChangeAgentStateCommand,
  DomainEvent,
  InteractionType,
} from '@switchboard/contracts';
import { INTERACTION_TYPES } from '@switchboard/routing';
import type { Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantState } from '../domain/tenant-state.js';

function nextView(current: AgentView, command: ChangeAgentStateCommand): AgentView | string {
  const base = { id: current.id, username: current.username };
  switch (command.change) {
    case 'login':
      // Signing in again (a second desktop, an ICWS session beside GWS) leaves an agent's state as it is.
      return current.loggedIn ? current : { ...base, loggedIn: true, ready: false, notReadyReason: 'logged in' };
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

/**
 * One channel (interaction type) ready or not ready: GWS `POST /api/v2/me/channels/{channel}`. Readiness as a
 * whole is the agent's ready on every channel it has not closed: a channel made ready while the agent is not
 * makes the agent ready on that channel alone; closing its last open channel makes the agent not ready.
 */
function decideChannelChange(
  state: TenantState,
  current: AgentView,
  command: ChangeAgentStateCommand,
  now: number,
): Decision<AgentReply> {
  const channel = command.channel;
  if (channel === undefined || (command.change !== 'ready' && command.change !== 'not-ready')) {
    return { events: [], reply: failure('invalid_command', 'only ready and not-ready apply to one channel') };
  }
  if (!current.loggedIn) return { events: [], reply: failure('invalid_state', 'start a contact-center session first') };
  const closed = new Set(current.notReadyChannels ?? []);
  const readyView = (closedTypes: ReadonlySet<InteractionType>): AgentView => ({
    id: current.id,
    username: current.username,
    loggedIn: true,
    ready: true,
    ...(closedTypes.size > 0 ? { notReadyChannels: [...closedTypes] } : {}),
  });
  const events: DomainEvent[] = [];
  let next = current;
  const change = (to: 'ready' | 'not-ready', agent: AgentView, one?: InteractionType): void => {
    events.push(
      newEvent(
        'agent.state-changed',
        state.tenant,
        { change: to, ...(one === undefined ? {} : { channel: one }), agent },
        now,
      ),
    );
    next = agent;
  };
  if (command.change === 'ready') {
    if (current.ready && !closed.has(channel)) return { events, reply: { ok: true, agent: current } };
    if (current.ready) {
      closed.delete(channel);
      change('ready', readyView(closed), channel);
    } else {
      // ready as a whole, then every other channel closed: routing looks only after all of them are applied
      const others = new Set<InteractionType>();
      change('ready', readyView(others));
      for (const type of INTERACTION_TYPES.filter((t) => t !== channel)) {
        others.add(type);
        change('not-ready', readyView(others), type);
      }
    }
  } else {
    if (!current.ready || closed.has(channel)) return { events, reply: { ok: true, agent: current } };
    closed.add(channel);
    if (INTERACTION_TYPES.every((type) => closed.has(type))) {
      const { id, username } = current;
      change('not-ready', {
        id,
        username,
        loggedIn: true,
        ready: false,
        notReadyReason: command.reason ?? 'not ready',
      });
    } else {
      change('not-ready', readyView(closed), channel);
    }
  }
  return { events, reply: { ok: true, agent: next } };
}

/** Logging out takes back the offers the agent has not accepted: they wait again, keeping their age. */
function revokeOffers(state: TenantState, agentId: string, now: number): DomainEvent[] {
  return (state.engine.agent(agentId)?.interactions ?? []).flatMap((id) => {
    const record = state.interactions.get(id);
    if (record?.lifecycle.phase !== 'offered') return [];
    return [
      newEvent(
        'interaction.offer-revoked',
        state.tenant,
        { interaction: record.snapshot, agentId, reason: 'agent-logged-out' },
        now,
      ),
    ];
  });
}

export function decideAgentStateChange(
  state: TenantState,
  command: ChangeAgentStateCommand,
  now: number,
): Decision<AgentReply> {
  const current = state.agentView(command.agentId);
  if (!current) return { events: [], reply: failure('agent_not_found', `no agent with id "${command.agentId}"`) };
  if (command.channel !== undefined) return decideChannelChange(state, current, command, now);
  const next = nextView(current, command);
  if (typeof next === 'string') return { events: [], reply: failure('invalid_state', next) };
  if (unchanged(current, next)) return { events: [], reply: { ok: true, agent: current } };
  const events = command.change === 'logout' ? revokeOffers(state, command.agentId, now) : [];
  events.push(newEvent('agent.state-changed', state.tenant, { change: command.change, agent: next }, now));
  return { events, reply: { ok: true, agent: next } };
}
