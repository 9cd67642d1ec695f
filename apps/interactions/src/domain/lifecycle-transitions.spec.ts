import { describe, expect, it } from '@jest/globals';
import type { InteractionLifecycle, LifecyclePhase } from './interaction-lifecycle.js';
import * as transitions from './lifecycle-transitions.js';

const AGENT = '5464';
const OTHER = '5465';
const T0 = Date.parse('2026-12-07T09:00:00Z');
const LEASE = T0 + 30_000;
const CONNECTED_AT = T0 - 60_000;
const OWN_WORKBIN = { name: 'FollowUp', ownerAgentId: AGENT };
const SHARED_WORKBIN = { name: 'CrmBacklog' };

/** One lifecycle in each phase, as the fold leaves it there. */
const IN: Record<LifecyclePhase, InteractionLifecycle> = {
  'in-plan': { phase: 'in-plan' },
  queued: { phase: 'queued' },
  offered: { phase: 'offered', agentId: AGENT, leaseUntil: LEASE },
  connected: { phase: 'connected', agentId: AGENT, connectedAt: CONNECTED_AT },
  held: { phase: 'held', agentId: AGENT, connectedAt: CONNECTED_AT },
  parked: { phase: 'parked', agentId: AGENT, connectedAt: CONNECTED_AT },
  'in-workbin': { phase: 'in-workbin', agentId: AGENT, workbin: OWN_WORKBIN, connectedAt: CONNECTED_AT },
};
const PHASES = Object.keys(IN) as LifecyclePhase[];

/** Each transition, as `apply` calls it for its event. */
const TRANSITIONS = {
  pauseInPlan: transitions.pauseInPlan,
  resumePlan: transitions.resumePlan,
  queue: transitions.queue,
  offer: (l: InteractionLifecycle) => transitions.offer(l, OTHER, LEASE),
  accept: (l: InteractionLifecycle) => transitions.accept(l, T0),
  connect: (l: InteractionLifecycle) => transitions.connect(l, OTHER, T0),
  returnToQueue: transitions.returnToQueue,
  hold: transitions.hold,
  park: transitions.park,
  retrieve: transitions.retrieve,
  placeInWorkbin: (l: InteractionLifecycle) => transitions.placeInWorkbin(l, SHARED_WORKBIN),
  enterPlan: transitions.enterPlan,
} satisfies Record<string, (lifecycle: InteractionLifecycle) => InteractionLifecycle>;

const unchanged = 'unchanged' as const;
const queued: InteractionLifecycle = { phase: 'queued' };
const connectedToOther: InteractionLifecycle = { phase: 'connected', agentId: OTHER, connectedAt: T0 };
const inSharedWorkbin = (from: InteractionLifecycle): InteractionLifecycle => ({
  phase: 'in-workbin',
  workbin: SHARED_WORKBIN,
  ...(from.connectedAt === undefined ? {} : { connectedAt: from.connectedAt }),
});
const own = (phase: 'connected' | 'held' | 'parked'): InteractionLifecycle => ({
  phase,
  agentId: AGENT,
  connectedAt: CONNECTED_AT,
});

/**
 * What each transition makes of each phase: `unchanged` where it does not apply (the fold must stay total for a
 * replay), as routing ignores or never sees the same event there.
 */
type Row = Record<LifecyclePhase, InteractionLifecycle | typeof unchanged>;
/** A row where only the phases named change. */
const only = (changes: Partial<Row>): Row => ({ ...everyPhase(unchanged), ...changes });
const everyPhase = (value: InteractionLifecycle | typeof unchanged): Row =>
  Object.fromEntries(PHASES.map((phase) => [phase, value])) as Row;

const EXPECTED: Record<keyof typeof TRANSITIONS, Row> = {
  pauseInPlan: only({ 'in-plan': { phase: 'in-plan', paused: true } }),
  resumePlan: only({ 'in-plan': { phase: 'in-plan' } }),
  queue: everyPhase(queued),
  offer: only({ queued: { phase: 'offered', agentId: OTHER, leaseUntil: LEASE } }),
  accept: only({ offered: { phase: 'connected', agentId: AGENT, connectedAt: T0 } }),
  connect: everyPhase(connectedToOther),
  returnToQueue: only({ queued, offered: queued, connected: queued, held: queued, parked: queued }),
  hold: only({ connected: own('held'), held: own('held'), parked: own('held') }),
  park: only({ connected: own('parked'), held: own('parked'), parked: own('parked') }),
  retrieve: only({ held: own('connected'), parked: own('connected') }),
  placeInWorkbin: Object.fromEntries(PHASES.map((phase) => [phase, inSharedWorkbin(IN[phase])])) as Row,
  enterPlan: everyPhase({ phase: 'in-plan' }),
};

describe('the lifecycle’s transitions', () => {
  const cases = Object.entries(TRANSITIONS).flatMap(([name, transition]) =>
    PHASES.map((phase) => ({ name: name as keyof typeof TRANSITIONS, transition, phase })),
  );

  it.each(cases)('$name from $phase', ({ name, transition, phase }) => {
    const before = structuredClone(IN[phase]);
    const expected = EXPECTED[name][phase];
    const after = transition(IN[phase]);
    expect(after).toEqual(expected === unchanged ? IN[phase] : expected);
    // the lifecycle is a value: a transition returns the next one, never edits the one it was given
    expect(IN[phase]).toEqual(before);
  });

  it('start in the plan, before routing has seen the interaction', () => {
    expect(transitions.created()).toEqual({ phase: 'in-plan' });
  });

  it('keep an agent’s own workbin its agent’s', () => {
    expect(transitions.placeInWorkbin(IN.connected, OWN_WORKBIN)).toEqual(IN['in-workbin']);
  });

  it('refuse an accept for an offer that names no agent (a log written by other code): nothing changes', () => {
    const anonymous: InteractionLifecycle = { phase: 'offered', leaseUntil: LEASE };
    expect(transitions.accept(anonymous, T0)).toBe(anonymous);
  });
});
