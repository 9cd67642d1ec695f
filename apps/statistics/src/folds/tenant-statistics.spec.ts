import { describe, expect, it } from '@jest/globals';
import type { AgentView, DomainEvent, InteractionSnapshot } from '@switchboard/contracts';
import { applyEvent } from './event-changes.js';
import { statisticsView } from './statistics-view.js';
import { TenantStatistics, type StatisticsSettings } from './tenant-statistics.js';

const SETTINGS: StatisticsSettings = {
  intervalMs: 15 * 60_000,
  defaultSlaSeconds: 20,
  waitThresholdsSeconds: [20, 60, 120],
};
const DAY = '2026-12-07';
/** A page that holds every agent of these tests. */
const EVERY_AGENT = { offset: 0, limit: 500 };
/** A test clock: epoch ms of a UTC time of the test day (or of `day`). */
const at = (time: string, day = DAY): number => Date.parse(`${day}T${time}Z`);

const snapshot = (id: string, extra: Partial<InteractionSnapshot> = {}): InteractionSnapshot => ({
  id,
  route: 'Sales',
  interactionType: 'nonlive',
  mediaType: 'API Object',
  properties: {},
  skills: [],
  queuedAt: '2026-12-07T00:00:00.000Z',
  ...extra,
});
const agentView = (id: string, loggedIn: boolean, ready: boolean, notReadyReason?: string): AgentView => ({
  id,
  username: `user-${id}`,
  loggedIn,
  ready,
  ...(notReadyReason === undefined ? {} : { notReadyReason }),
});

let sequence = 0;
const event = (type: DomainEvent['type'], time: number, data: Record<string, unknown>): DomainEvent =>
  ({
    id: `e${String((sequence += 1))}`,
    type,
    tenant: 'acme',
    occurredAt: new Date(time).toISOString(),
    data,
  }) as unknown as DomainEvent;

const queued = (id: string, time: number, extra: Partial<InteractionSnapshot> = {}): DomainEvent =>
  event('interaction.queued', time, { interaction: snapshot(id, extra) });
const offered = (id: string, agentId: string, time: number, extra: Partial<InteractionSnapshot> = {}): DomainEvent =>
  event('interaction.offered', time, {
    interaction: snapshot(id, extra),
    agentId,
    agentUsername: `user-${agentId}`,
    leaseUntil: new Date(time + 30_000).toISOString(),
    explanation: {},
  });
const accepted = (id: string, agentId: string, time: number, extra: Partial<InteractionSnapshot> = {}): DomainEvent =>
  event('interaction.accepted', time, { interaction: snapshot(id, extra), agentId });
const completed = (id: string, agentId: string, time: number, extra: Partial<InteractionSnapshot> = {}): DomainEvent =>
  event('interaction.completed', time, { interaction: snapshot(id, extra), agentId });
const released = (id: string, time: number, reason = 'released-by-api'): DomainEvent =>
  event('interaction.released', time, { interaction: snapshot(id), reason });
const stateChanged = (view: AgentView, time: number): DomainEvent =>
  event('agent.state-changed', time, { change: 'ready', agent: view });

function fold(events: readonly DomainEvent[]): TenantStatistics {
  const stats = new TenantStatistics('acme', SETTINGS);
  for (const each of events) applyEvent(stats, each);
  return stats;
}

/** An interaction answered after `waitSeconds` from 10:00:00, by agent a1. */
const answered = (id: string, waitSeconds: number, extra: Partial<InteractionSnapshot> = {}): DomainEvent[] => [
  queued(id, at('10:00:00'), extra),
  offered(id, 'a1', at('10:00:00') + waitSeconds * 1000 - 500, extra),
  accepted(id, 'a1', at('10:00:00') + waitSeconds * 1000, extra),
];

describe('the statistics folds', () => {
  it('shows what waits now, by priority, with the age of the oldest and what is offered', () => {
    const stats = fold([
      queued('i1', at('10:00:00'), { priority: 5 }),
      queued('i2', at('10:00:30'), { priority: 1 }),
      queued('i3', at('10:01:00'), { priority: 5 }),
      offered('i3', 'a1', at('10:01:10'), { priority: 5 }),
    ]);
    const { summary, queues } = statisticsView(stats, at('10:02:00'));
    expect(summary.realTime).toMatchObject({
      waiting: 2,
      waitingByPriority: [
        { priority: 5, waiting: 1 },
        { priority: 1, waiting: 1 },
      ],
      oldestWaitingSeconds: 120,
      offered: 1,
    });
    expect(queues.map((queue) => [queue.route, queue.today.entered, queue.today.offered])).toEqual([['Sales', 3, 1]]);
  });

  it('counts accepted, rejected, timed-out and abandoned interactions, and an offer ended puts it back to wait', () => {
    const stats = fold([
      queued('i1', at('10:00:00')),
      offered('i1', 'a1', at('10:00:05')),
      event('interaction.rejected', at('10:00:06'), { interaction: snapshot('i1'), agentId: 'a1' }),
      offered('i1', 'a2', at('10:00:07')),
      event('interaction.offer-timed-out', at('10:00:37'), { interaction: snapshot('i1'), agentId: 'a2' }),
      queued('i2', at('10:00:10')),
      released('i2', at('10:00:40')),
    ]);
    const { summary } = statisticsView(stats, at('10:01:00'));
    expect(summary.today).toMatchObject({ entered: 2, offered: 2, rejected: 1, offerTimeouts: 1, abandoned: 1 });
    expect(summary.realTime.waiting).toBe(1);
    // i1 still waits with its age from 10:00:00
    expect(summary.realTime.oldestWaitingSeconds).toBe(60);
  });

  it('does not count a release by the route’s plan as abandoned', () => {
    const stats = fold([queued('i1', at('10:00:00')), released('i1', at('10:00:00'), 'released-by-plan')]);
    expect(statisticsView(stats, at('10:00:01')).summary.today.abandoned).toBe(0);
  });

  it('counts a supervisor’s release of a waiting or offered interaction as abandoned, within its wait threshold', () => {
    const stats = fold([
      queued('i1', at('10:00:00')),
      released('i1', at('10:00:10'), 'released-by-supervisor'),
      queued('i2', at('10:00:00')),
      offered('i2', 'a1', at('10:00:50')),
      released('i2', at('10:01:30'), 'released-by-supervisor'),
    ]);
    const { summary } = statisticsView(stats, at('10:02:00'));
    expect(summary.today).toMatchObject({ entered: 2, offered: 1, abandoned: 2 });
    expect(summary.today.splitByWaitTime).toEqual([
      { thresholdSeconds: 20, accepted: 0, abandoned: 1 },
      { thresholdSeconds: 60, accepted: 0, abandoned: 1 },
      { thresholdSeconds: 120, accepted: 0, abandoned: 2 },
    ]);
    expect(summary.realTime).toMatchObject({ waiting: 0, offered: 0 });
  });

  it('computes the service level from each interaction’s SLA target, or the default one', () => {
    const stats = fold([
      ...answered('i1', 10), // within the default 20 s
      ...answered('i2', 25), // outside the default 20 s
      ...answered('i3', 25, { slaSeconds: 30 }), // within its own 30 s
      ...answered('i4', 20), // exactly at the target: within
    ]);
    const today = statisticsView(stats, at('10:05:00')).summary.today;
    expect(today.accepted).toBe(4);
    expect(today.acceptedWithinSla).toBe(3);
    expect(today.serviceLevel).toBe(0.75);
    expect(today.averageSpeedOfAnswerSeconds).toBe(20);
    expect(today.maxSpeedOfAnswerSeconds).toBe(25);
  });

  it('splits accepted and abandoned interactions by wait-time thresholds', () => {
    const stats = fold([
      ...answered('i1', 15),
      ...answered('i2', 60),
      ...answered('i3', 100),
      ...answered('i4', 150),
      queued('i5', at('10:00:00')),
      released('i5', at('10:00:45')),
    ]);
    expect(statisticsView(stats, at('10:05:00')).summary.today.splitByWaitTime).toEqual([
      { thresholdSeconds: 20, accepted: 1, abandoned: 0 },
      { thresholdSeconds: 60, accepted: 2, abandoned: 1 },
      { thresholdSeconds: 120, accepted: 3, abandoned: 1 },
    ]);
  });

  it('averages the handle time from acceptance to completion', () => {
    const stats = fold([
      ...answered('i1', 5),
      completed('i1', 'a1', at('10:00:05') + 60_000),
      ...answered('i2', 10),
      completed('i2', 'a1', at('10:00:10') + 120_000),
    ]);
    const today = statisticsView(stats, at('10:05:00')).summary.today;
    expect(today.completed).toBe(2);
    expect(today.averageHandleTimeSeconds).toBe(90);
  });

  it('starts the interval over at its boundary, and keeps today', () => {
    const events = [queued('i1', at('10:14:59')), queued('i2', at('10:15:00'))];
    const stats = fold(events);
    const view = statisticsView(stats, at('10:15:30'));
    expect(view.intervalStart).toBe(`${DAY}T10:15:00.000Z`);
    expect(view.summary.interval.entered).toBe(1);
    expect(view.summary.today.entered).toBe(2);
    // read in a later interval with nothing new: the interval's figures are zeros, today's stay
    const later = statisticsView(stats, at('10:31:00'));
    expect(later.summary.interval.entered).toBe(0);
    expect(later.summary.today.entered).toBe(2);
    // the interval's length comes from the settings
    const hourly = new TenantStatistics('acme', { ...SETTINGS, intervalMs: 60 * 60_000 });
    for (const each of events) applyEvent(hourly, each);
    expect(statisticsView(hourly, at('10:15:30')).summary.interval.entered).toBe(2);
  });

  it('starts today over at UTC midnight, and keeps what still waits', () => {
    const stats = fold([queued('i1', at('23:59:00')), queued('i2', at('23:59:59'))]);
    const afterMidnight = statisticsView(stats, at('00:00:30', '2026-12-08'));
    expect(afterMidnight.dayStart).toBe('2026-12-08T00:00:00.000Z');
    expect(afterMidnight.summary.today.entered).toBe(0);
    expect(afterMidnight.summary.realTime.waiting).toBe(2);
    applyEvent(stats, accepted('i1', 'a1', at('00:01:00', '2026-12-08')));
    const today = statisticsView(stats, at('00:02:00', '2026-12-08')).summary.today;
    // answered today after 120 s of waiting, most of them yesterday
    expect(today).toMatchObject({ entered: 0, accepted: 1, maxSpeedOfAnswerSeconds: 120 });
  });

  it('ignores events of an earlier day read while rebuilding', () => {
    const stats = fold([queued('i1', at('23:00:00', '2026-12-06')), queued('i2', at('08:00:00'))]);
    const view = statisticsView(stats, at('09:00:00'));
    expect(view.summary.today.entered).toBe(1);
    expect(view.summary.realTime.waiting).toBe(2);
  });

  it('follows each agent’s state and time in state, and counts agents by state and not-ready reason', () => {
    const stats = fold([
      stateChanged(agentView('a1', true, true), at('09:00:00')),
      stateChanged(agentView('a2', true, false, 'Lunch'), at('09:10:00')),
      stateChanged(agentView('a3', true, false, 'Lunch'), at('09:20:00')),
      stateChanged(agentView('a4', false, false), at('09:30:00')),
      stateChanged(agentView('a5', true, true), at('09:00:00')),
      ...answered('i1', 5, { wrapUpSeconds: 30 }),
      queued('i2', at('10:00:10')),
      offered('i2', 'a5', at('10:00:20')),
      accepted('i2', 'a5', at('10:00:25')),
      completed('i2', 'a5', at('10:01:00'), { wrapUpSeconds: 30 }),
    ]);
    const view = statisticsView(stats, at('10:01:10'), EVERY_AGENT);
    expect(view.summary.realTime.agents).toEqual({
      loggedIn: 4,
      ready: 0,
      busy: 1,
      wrapUp: 1,
      notReady: 2,
      notReadyByReason: [{ reason: 'Lunch', agents: 2 }],
    });
    const a1 = view.agents.find((agent) => agent.agentId === 'a1');
    expect(a1).toMatchObject({
      state: 'busy',
      interactions: 1,
      load: { live: 0, chat: 0, nonlive: 1 },
      secondsInState: 65.5,
    });
    expect(a1?.today).toMatchObject({ offered: 1, accepted: 1 });
    expect(view.agents.find((agent) => agent.agentId === 'a5')).toMatchObject({ state: 'wrap-up', secondsInState: 10 });
    applyEvent(stats, event('agent.wrap-up-ended', at('10:01:30'), { agentId: 'a5' }));
    expect(
      statisticsView(stats, at('10:01:40'), EVERY_AGENT).agents.find((agent) => agent.agentId === 'a5'),
    ).toMatchObject({
      state: 'ready',
      secondsInState: 10,
    });
  });

  it('counts each agent’s load now by interaction type', () => {
    const stats = fold([
      stateChanged(agentView('a1', true, true), at('09:00:00')),
      ...answered('i1', 5, { interactionType: 'chat' }),
      ...answered('i2', 6),
      ...answered('i3', 7, { interactionType: 'chat' }),
    ]);
    const loadOf = (time: number): unknown =>
      statisticsView(stats, time, EVERY_AGENT).agents.find((agent) => agent.agentId === 'a1')?.load;
    expect(loadOf(at('10:00:10'))).toEqual({ live: 0, chat: 2, nonlive: 1 });
    applyEvent(stats, completed('i1', 'a1', at('10:01:00'), { interactionType: 'chat' }));
    expect(loadOf(at('10:01:10'))).toEqual({ live: 0, chat: 1, nonlive: 1 });
  });

  it('counts a transfer on the route and both agents, and the new agent’s acceptance is not a second answer', () => {
    const stats = fold([
      ...answered('i1', 5),
      event('interaction.transferred', at('10:02:00'), {
        interaction: snapshot('i1'),
        fromAgentId: 'a1',
        toAgentId: 'a2',
        toAgentUsername: 'user-a2',
        leaseUntil: at('10:02:30'),
      }),
      accepted('i1', 'a2', at('10:02:05')),
    ]);
    const view = statisticsView(stats, at('10:03:00'), EVERY_AGENT);
    expect(view.summary.today).toMatchObject({ transferred: 1, offered: 2, accepted: 1 });
    expect(view.agents.map((agent) => [agent.agentId, agent.interactions, agent.today.transferred])).toEqual([
      ['a1', 0, 1],
      ['a2', 1, 0],
    ]);
  });

  it('holds a page of agents only when asked for one, in id order, and counts them all', () => {
    const stats = fold(['a3', 'a1', 'a4', 'a2'].map((id) => stateChanged(agentView(id, true, true), at('09:00:00'))));
    const ids = (page?: { offset: number; limit: number }) =>
      statisticsView(stats, at('09:01:00'), page).agents.map((agent) => agent.agentId);
    expect(ids()).toEqual([]);
    expect(ids({ offset: 1, limit: 2 })).toEqual(['a2', 'a3']);
    expect(ids({ offset: 3, limit: 2 })).toEqual(['a4']);
    expect(ids({ offset: 9, limit: 2 })).toEqual([]);
    expect(statisticsView(stats, at('09:01:00')).agentsTotal).toBe(4);
  });
});
