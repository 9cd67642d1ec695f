import { describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@switchboard/contracts';
import { compareWithRecount, type ApiAnswers } from './compare.js';
import { lagsOf } from './lag.js';
import { recount, type RecountSettings } from './recount.js';

const at = (time: string): number => Date.parse(`2026-12-07T${time}Z`);
const SETTINGS: RecountSettings = {
  intervalStart: at('10:00:00'),
  intervalEnd: at('10:15:00'),
  dayStart: at('00:00:00'),
  dayEnd: at('00:00:00') + 86_400_000,
  defaultSlaSeconds: 20,
  thresholdsSeconds: [20, 60],
};

const snapshot = (id: string) => ({
  id,
  route: 'Sales',
  interactionType: 'nonlive',
  mediaType: 'API Object',
  properties: {},
  skills: [],
  queuedAt: '2026-12-07T00:00:00.000Z',
});
const event = (type: DomainEvent['type'], time: string, data: Record<string, unknown>): DomainEvent =>
  ({ id: `${type}-${time}`, type, tenant: 'size', occurredAt: `2026-12-07T${time}Z`, data }) as unknown as DomainEvent;
const view = (id: string, ready: boolean) => ({ id, username: `u${id}`, loggedIn: true, ready });

/** Three interactions: one answered in 15 s and handled for 30 s, one abandoned after 40 s, one waiting; two agents. */
const EVENTS: DomainEvent[] = [
  event('agent.state-changed', '09:59:00', { agent: view('7', true) }),
  event('agent.state-changed', '09:59:01', { agent: view('8', true) }),
  event('interaction.queued', '09:59:50', { interaction: snapshot('1') }), // earlier interval, same day
  event('interaction.offered', '10:00:00', { interaction: snapshot('1'), agentId: '7' }),
  event('interaction.rejected', '10:00:01', { interaction: snapshot('1'), agentId: '7', agent: view('7', false) }),
  event('interaction.offered', '10:00:02', { interaction: snapshot('1'), agentId: '8' }),
  event('interaction.accepted', '10:00:05', { interaction: snapshot('1'), agentId: '8' }),
  event('interaction.queued', '10:01:00', { interaction: snapshot('2') }),
  event('interaction.released', '10:01:40', { interaction: snapshot('2'), reason: 'released-by-api' }),
  event('interaction.completed', '10:00:35', { interaction: snapshot('1'), agentId: '8' }),
  event('interaction.queued', '10:02:00', { interaction: snapshot('3') }),
];

describe('the benchmark recount of the statistics from the log', () => {
  const counted = recount(EVENTS, SETTINGS);

  it('counts each figure in the periods of its event time, as the Statistics API defines them', () => {
    const tenant = counted.scopes.get('tenant');
    expect(tenant?.today).toMatchObject({
      entered: 3,
      offered: 2,
      rejected: 1,
      accepted: 1,
      abandoned: 1,
      completed: 1,
      maxSpeedOfAnswerSeconds: 15,
      averageSpeedOfAnswerSeconds: 15,
      averageHandleTimeSeconds: 30,
      acceptedWithinSla: 1,
      serviceLevel: 1,
      splitByWaitTime: [
        { thresholdSeconds: 20, accepted: 1, abandoned: 0 },
        { thresholdSeconds: 60, accepted: 1, abandoned: 1 },
      ],
    });
    // the first queued event was in the interval before
    expect(tenant?.interval.entered).toBe(2);
    expect(counted.scopes.get('agent:7')?.today).toMatchObject({ offered: 1, rejected: 1, accepted: 0 });
    expect(counted.scopes.get('agent:8')?.today).toMatchObject({ offered: 1, accepted: 1, completed: 1 });
  });

  it('knows what waits now and the agents by state', () => {
    expect(counted.waiting.get('')).toBe(1);
    expect(counted.waiting.get('Sales')).toBe(1);
    expect(counted.offered.get('') ?? 0).toBe(0);
    expect(counted.agents).toMatchObject({ loggedIn: 2, ready: 1, notReady: 1, busy: 0 });
    expect(counted.agents.notReadyByReason).toEqual([{ reason: '', agents: 1 }]);
  });

  it('lists the counted changes in log order, for the lag', () => {
    expect(counted.changes.map((change) => change.kind)).toEqual([
      'entered',
      'offered',
      'offered',
      'accepted',
      'entered',
      'completed',
      'entered',
    ]);
  });
});

describe('the comparison of the API with the recount', () => {
  const counted = recount(EVENTS, SETTINGS);
  const scope = (name: string) => counted.scopes.get(name) ?? { interval: undefined, today: undefined };
  const answers = (): ApiAnswers => {
    const periods = { tenant: 'size', asOf: '', dayStart: '', intervalStart: '', intervalSeconds: 900 };
    const figuresOf = (name: string) => structuredClone(scope(name)) as { interval: never; today: never };
    return {
      summary: {
        ...periods,
        realTime: {
          waiting: 1,
          offered: 0,
          oldestWaitingSeconds: 0,
          waitingByPriority: [],
          agents: structuredClone(counted.agents),
        },
        ...figuresOf('tenant'),
      },
      queues: {
        ...periods,
        queues: [
          {
            route: 'Sales',
            realTime: { waiting: 1, offered: 0, oldestWaitingSeconds: 0, waitingByPriority: [] },
            ...figuresOf('route:Sales'),
          },
        ],
      },
      agents: {
        ...periods,
        totalCount: 2,
        offset: 0,
        limit: 500,
        agents: ['7', '8'].map((agentId) => ({
          agentId,
          state: 'ready' as const,
          secondsInState: 0,
          interactions: 0,
          load: { live: 0, chat: 0, nonlive: 0 },
          ...figuresOf(`agent:${agentId}`),
        })),
      },
    };
  };

  it('finds nothing to say when every figure is equal', () => {
    const comparison = compareWithRecount(answers(), counted);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.compared).toBeGreaterThan(100);
  });

  it('names each figure that differs, with both values', () => {
    const api = answers();
    api.summary.today.entered = 4;
    api.summary.realTime.waiting = 0;
    const agent = api.agents.agents[1];
    if (agent?.today.splitByWaitTime[0] !== undefined) agent.today.splitByWaitTime[0].accepted = 0;
    api.queues.queues = [];
    expect(compareWithRecount(api, counted).mismatches).toEqual([
      'summary.today.entered: API 4, log 3',
      'summary.realTime.waiting: API 0, log 1',
      "queues[Sales]: not in the API's answer, in the log",
      'agents[8].today.splitByWaitTime[20s].accepted: API 0, log 1',
    ]);
  });
});

describe('the lag of the live figures', () => {
  const changes = [
    { kind: 'entered' as const, at: 1_000 },
    { kind: 'entered' as const, at: 1_100 },
    { kind: 'completed' as const, at: 1_200 },
    { kind: 'entered' as const, at: 1_300 },
  ];
  const sample = (receivedAt: number, entered: number, completed: number) => ({
    receivedAt,
    counts: { entered, offered: 0, accepted: 0, completed },
  });

  it('times each change to the first reading that counts it, in log order', () => {
    const lags = lagsOf(changes, [sample(1_050, 1, 0), sample(1_500, 2, 1), sample(1_900, 3, 1)]);
    expect(lags.before).toBe(1);
    expect(lags.unseen).toBe(0);
    expect(lags.byKind.entered).toEqual([400, 600]);
    expect(lags.byKind.completed).toEqual([300]);
  });

  it('counts the changes no reading showed', () => {
    expect(lagsOf(changes, [sample(900, 0, 0), sample(1_150, 1, 0)]).unseen).toBe(3);
  });
});
