import type {
  InteractionType,
  StatisticsAgentCounts,
  StatisticsFigures,
  StatisticsQueueRealTime,
  TenantStatisticsView,
} from '@switchboard/contracts';
import type { Figures } from './figures.js';
import { agentScope, routeScope, TENANT_SCOPE, type AgentRecord, type TenantStatistics } from './tenant-statistics.js';

const seconds = (ms: number): number => Math.max(0, Math.round(ms) / 1000);
const average = (total: number, count: number): number => (count === 0 ? 0 : total / count);
/** Why an agent is not ready, when it gave none. */
const NO_REASON = '';

/** The agent's interactions now by type: what routing weighs against its capacity per type. */
function loadOf(stats: TenantStatistics, agent: AgentRecord): Record<InteractionType, number> {
  const load: Record<InteractionType, number> = { live: 0, chat: 0, nonlive: 0 };
  for (const id of agent.interactions) {
    const tracked = stats.interactions.get(id);
    if (tracked !== undefined) load[tracked.type] += 1;
  }
  return load;
}

export function figuresView(figures: Figures, thresholds: readonly number[]): StatisticsFigures {
  return {
    entered: figures.entered,
    offered: figures.offered,
    accepted: figures.accepted,
    rejected: figures.rejected,
    offerTimeouts: figures.offerTimeouts,
    abandoned: figures.abandoned,
    completed: figures.completed,
    transferred: figures.transferred,
    averageSpeedOfAnswerSeconds: average(figures.answerSecondsTotal, figures.accepted),
    maxSpeedOfAnswerSeconds: figures.answerSecondsMax,
    averageHandleTimeSeconds: average(figures.handleSecondsTotal, figures.handled),
    acceptedWithinSla: figures.acceptedWithinSla,
    ...(figures.accepted === 0 ? {} : { serviceLevel: figures.acceptedWithinSla / figures.accepted }),
    splitByWaitTime: thresholds.map((thresholdSeconds, index) => ({
      thresholdSeconds,
      accepted: figures.acceptedWithin[index] ?? 0,
      abandoned: figures.abandonedWithin[index] ?? 0,
    })),
  };
}

/** What waits or is offered now in the routes `route` accepts (every route when undefined). */
export function queueRealTime(stats: TenantStatistics, now: number, route?: string): StatisticsQueueRealTime {
  const byPriority = new Map<number, number>();
  let waiting = 0;
  let offered = 0;
  let oldest = now;
  for (const tracked of stats.interactions.values()) {
    if (route !== undefined && tracked.route !== route) continue;
    if (tracked.status === 'offered') offered += 1;
    if (tracked.status !== 'waiting') continue;
    waiting += 1;
    byPriority.set(tracked.priority, (byPriority.get(tracked.priority) ?? 0) + 1);
    if (tracked.waitingSince !== undefined) oldest = Math.min(oldest, tracked.waitingSince);
  }
  return {
    waiting,
    waitingByPriority: [...byPriority]
      .sort(([a], [b]) => b - a)
      .map(([priority, count]) => ({ priority, waiting: count })),
    oldestWaitingSeconds: seconds(now - oldest),
    offered,
  };
}

export function agentCounts(stats: TenantStatistics): StatisticsAgentCounts {
  const counts: StatisticsAgentCounts = {
    loggedIn: 0,
    ready: 0,
    busy: 0,
    wrapUp: 0,
    notReady: 0,
    notReadyByReason: [],
  };
  const reasons = new Map<string, number>();
  for (const agent of stats.agents.values()) {
    if (agent.state === 'logged-out') continue;
    counts.loggedIn += 1;
    if (agent.state === 'ready') counts.ready += 1;
    else if (agent.state === 'busy') counts.busy += 1;
    else if (agent.state === 'wrap-up') counts.wrapUp += 1;
    else {
      counts.notReady += 1;
      const reason = agent.notReadyReason ?? NO_REASON;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  counts.notReadyByReason = [...reasons]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, agents]) => ({ reason, agents }));
  return counts;
}

/** The routes with anything to show now: something waiting or offered, or figures today. */
function routesOf(stats: TenantStatistics, now: number): string[] {
  const routes = new Set<string>();
  for (const tracked of stats.interactions.values()) routes.add(tracked.route);
  for (const scope of stats.today.scopesAt(now))
    if (scope.startsWith('route:')) routes.add(scope.slice('route:'.length));
  return [...routes].sort();
}

/** Which agents a view holds: a page of them in id order. */
export interface AgentsPage {
  offset: number;
  limit: number;
}

/**
 * The tenant's statistics as of `now`: what the Statistics API shows. Its agents only as far as `agentsPage` asks
 * (none without one): each costs a kilobyte of answer and a walk of its interactions.
 */
export function statisticsView(stats: TenantStatistics, now: number, agentsPage?: AgentsPage): TenantStatisticsView {
  const thresholds = stats.settings.waitThresholdsSeconds;
  const period = (scope: string) => ({
    interval: figuresView(stats.interval.read(scope, now), thresholds),
    today: figuresView(stats.today.read(scope, now), thresholds),
  });
  return {
    tenant: stats.tenant,
    asOf: new Date(now).toISOString(),
    dayStart: new Date(stats.today.startAt(now)).toISOString(),
    intervalStart: new Date(stats.interval.startAt(now)).toISOString(),
    intervalSeconds: stats.settings.intervalMs / 1000,
    summary: { realTime: { ...queueRealTime(stats, now), agents: agentCounts(stats) }, ...period(TENANT_SCOPE) },
    queues: routesOf(stats, now).map((route) => ({
      route,
      realTime: queueRealTime(stats, now, route),
      ...period(routeScope(route)),
    })),
    agentsTotal: stats.agents.size,
    agents: pageOf([...stats.agents.values()], agentsPage).map((agent) => ({
      agentId: agent.id,
      ...(agent.username === undefined ? {} : { username: agent.username }),
      state: agent.state,
      ...(agent.notReadyReason === undefined || agent.state !== 'not-ready'
        ? {}
        : { notReadyReason: agent.notReadyReason }),
      secondsInState: seconds(now - agent.stateSince),
      interactions: agent.interactions.size,
      load: loadOf(stats, agent),
      ...period(agentScope(agent.id)),
    })),
  };
}

/** The page of agents asked for, in id order (sorting only when a page is asked for). */
function pageOf(agents: AgentRecord[], page: AgentsPage | undefined): AgentRecord[] {
  if (page === undefined) return [];
  return agents.sort((a, b) => a.id.localeCompare(b.id)).slice(page.offset, page.offset + page.limit);
}
