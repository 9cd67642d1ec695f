import type { DomainEvent, StatisticsApi } from '@switchboard/contracts';

type Schemas = StatisticsApi.components['schemas'];
export type ApiFigures = Schemas['Figures'];
export type ApiAgentCounts = Schemas['AgentCounts'];

/**
 * The benchmark's own recount of the Statistics API's figures from the event log: written from the API's contract
 * (contracts/openapi/statistics.openapi.yaml), not from apps/statistics' folds, so that equal figures say two
 * independent readings of the log agree. Simple on purpose: one pass over the events in log order, a map per
 * interaction and per agent, counters per scope and period.
 */
export interface RecountSettings {
  /** The current interval and today, as the API's answer states them (epoch ms; end exclusive). */
  intervalStart: number;
  intervalEnd: number;
  dayStart: number;
  dayEnd: number;
  /** SLA target of an interaction whose snapshot carries none (the service's STATISTICS_DEFAULT_SLA_SECONDS). */
  defaultSlaSeconds: number;
  /** The wait-time thresholds, ascending (the API's splitByWaitTime). */
  thresholdsSeconds: readonly number[];
}

/** One figure the API counts, as the log says it happened: what the lag of the live figures is timed on. */
export interface CountedChange {
  kind: 'entered' | 'offered' | 'accepted' | 'completed';
  /** The event's own time (occurredAt, epoch ms). */
  at: number;
}

export interface RecountedScope {
  interval: ApiFigures;
  today: ApiFigures;
}

export interface Recount {
  /** By scope: 'tenant', 'route:<name>', 'agent:<id>'. */
  scopes: Map<string, RecountedScope>;
  /** Now, after the last event: waiting and offered per route ('' = the tenant) and the agents by state. */
  waiting: Map<string, number>;
  offered: Map<string, number>;
  agents: ApiAgentCounts;
  /** Today's counted changes of the tenant, in log order. */
  changes: CountedChange[];
}

/** Sums the figures are averaged from when read: kept beside each scope's figures while counting. */
interface Tally {
  figures: ApiFigures;
  answerTotal: number;
  handled: number;
  handleTotal: number;
}

interface InteractionNow {
  route: string;
  status: 'in-plan' | 'waiting' | 'offered' | 'connected' | 'parked';
  slaSeconds: number;
  agentId?: string;
  /** Event time it (last) entered its queue, until an agent accepts it. */
  waitingSince?: number;
  acceptedAt?: number;
}

interface AgentNow {
  loggedIn: boolean;
  ready: boolean;
  reason?: string;
  wrapUp: boolean;
  holding: Set<string>;
}

const zeroFigures = (thresholds: readonly number[]): ApiFigures => ({
  entered: 0,
  offered: 0,
  accepted: 0,
  rejected: 0,
  offerTimeouts: 0,
  abandoned: 0,
  completed: 0,
  transferred: 0,
  averageSpeedOfAnswerSeconds: 0,
  maxSpeedOfAnswerSeconds: 0,
  averageHandleTimeSeconds: 0,
  acceptedWithinSla: 0,
  splitByWaitTime: thresholds.map((thresholdSeconds) => ({ thresholdSeconds, accepted: 0, abandoned: 0 })),
});

type Counted = 'entered' | 'offered' | 'rejected' | 'offerTimeouts' | 'completed' | 'transferred';

/** Recounts `events` (one tenant's, in log order) as the Statistics API defines its figures. */
export function recount(events: readonly DomainEvent[], settings: RecountSettings): Recount {
  const tallies = { interval: new Map<string, Tally>(), today: new Map<string, Tally>() };
  const interactions = new Map<string, InteractionNow>();
  const agents = new Map<string, AgentNow>();
  const changes: CountedChange[] = [];
  const seconds = (ms: number): number => Math.max(0, ms / 1000);

  const tallyOf = (period: 'interval' | 'today', scope: string): Tally => {
    let tally = tallies[period].get(scope);
    if (tally === undefined) {
      tally = { figures: zeroFigures(settings.thresholdsSeconds), answerTotal: 0, handled: 0, handleTotal: 0 };
      tallies[period].set(scope, tally);
    }
    return tally;
  };
  /** Calls `change` on the tally of every scope, in each period `at` falls in. */
  const inPeriods = (at: number, scopes: readonly string[], change: (tally: Tally) => void): void => {
    const periods: ('interval' | 'today')[] = [];
    if (at >= settings.intervalStart && at < settings.intervalEnd) periods.push('interval');
    if (at >= settings.dayStart && at < settings.dayEnd) periods.push('today');
    for (const period of periods) for (const scope of ['tenant', ...scopes]) change(tallyOf(period, scope));
  };
  const count = (at: number, kind: Counted, scopes: readonly string[]): void => {
    inPeriods(at, scopes, (tally) => (tally.figures[kind] += 1));
    if (
      (kind === 'entered' || kind === 'offered' || kind === 'completed') &&
      at >= settings.dayStart &&
      at < settings.dayEnd
    )
      changes.push({ kind, at });
  };
  const agentOf = (id: string): AgentNow => {
    let agent = agents.get(id);
    if (agent === undefined) {
      agent = { loggedIn: false, ready: false, wrapUp: false, holding: new Set() };
      agents.set(id, agent);
    }
    return agent;
  };
  const viewed = (
    view: { id: string; loggedIn: boolean; ready: boolean; notReadyReason?: string } | undefined,
  ): void => {
    if (view === undefined) return;
    const agent = agentOf(view.id);
    agent.loggedIn = view.loggedIn;
    agent.ready = view.ready;
    agent.reason = view.notReadyReason;
    if (!view.loggedIn) agent.wrapUp = false;
  };
  const release = (id: string): void => {
    const now = interactions.get(id);
    if (now?.agentId !== undefined) agents.get(now.agentId)?.holding.delete(id);
    if (now !== undefined) delete now.agentId;
  };
  const hold = (id: string, agentId: string): void => {
    release(id);
    const now = interactions.get(id);
    if (now !== undefined) now.agentId = agentId;
    const agent = agentOf(agentId);
    agent.loggedIn = true;
    agent.holding.add(id);
  };
  const interaction = (
    snapshot: { id: string; route: string; slaSeconds?: number },
    status: InteractionNow['status'],
  ): InteractionNow => {
    const now = interactions.get(snapshot.id) ?? { route: snapshot.route, status, slaSeconds: 0 };
    now.route = snapshot.route;
    now.status = status;
    now.slaSeconds = snapshot.slaSeconds ?? settings.defaultSlaSeconds;
    interactions.set(snapshot.id, now);
    return now;
  };
  const gone = (id: string): void => {
    release(id);
    interactions.delete(id);
  };

  for (const event of events) {
    const at = Date.parse(event.occurredAt);
    switch (event.type) {
      case 'interaction.queued': {
        const now = interaction(event.data.interaction, 'waiting');
        release(event.data.interaction.id);
        delete now.acceptedAt;
        now.waitingSince = at;
        count(at, 'entered', [`route:${now.route}`]);
        break;
      }
      case 'interaction.plan-paused':
        interaction(event.data.interaction, 'in-plan');
        break;
      case 'interaction.offered': {
        const now = interaction(event.data.interaction, 'offered');
        hold(event.data.interaction.id, event.data.agentId);
        count(at, 'offered', [`route:${now.route}`, `agent:${event.data.agentId}`]);
        break;
      }
      case 'interaction.rejected':
      case 'interaction.offer-timed-out':
      case 'interaction.offer-revoked': {
        const now = interaction(event.data.interaction, 'waiting');
        release(event.data.interaction.id);
        now.waitingSince ??= at;
        if (event.type !== 'interaction.offer-revoked') {
          viewed(event.data.agent);
          const kind = event.type === 'interaction.rejected' ? 'rejected' : 'offerTimeouts';
          count(at, kind, [`route:${now.route}`, `agent:${event.data.agentId}`]);
        }
        break;
      }
      case 'interaction.accepted': {
        const now = interaction(event.data.interaction, 'connected');
        if (now.agentId !== event.data.agentId) hold(event.data.interaction.id, event.data.agentId);
        now.acceptedAt = at;
        const since = now.waitingSince;
        if (since !== undefined) {
          delete now.waitingSince;
          const wait = seconds(at - since);
          const sla = now.slaSeconds;
          inPeriods(at, [`route:${now.route}`, `agent:${event.data.agentId}`], (tally) => {
            tally.figures.accepted += 1;
            tally.answerTotal += wait;
            tally.figures.maxSpeedOfAnswerSeconds = Math.max(tally.figures.maxSpeedOfAnswerSeconds, wait);
            if (wait <= sla) tally.figures.acceptedWithinSla += 1;
            settings.thresholdsSeconds.forEach((threshold, index) => {
              const split = tally.figures.splitByWaitTime[index];
              if (split !== undefined && wait <= threshold) split.accepted += 1;
            });
          });
          if (at >= settings.dayStart && at < settings.dayEnd) changes.push({ kind: 'accepted', at });
        }
        break;
      }
      case 'interaction.connected':
      case 'interaction.pulled-from-workbin': {
        const now = interaction(event.data.interaction, 'connected');
        hold(event.data.interaction.id, event.data.agentId);
        delete now.waitingSince;
        now.acceptedAt ??= at;
        break;
      }
      case 'interaction.completed': {
        const now = interactions.get(event.data.interaction.id);
        const scopes = [`route:${event.data.interaction.route}`, `agent:${event.data.agentId}`];
        count(at, 'completed', scopes);
        const acceptedAt = now?.acceptedAt;
        if (acceptedAt !== undefined) {
          inPeriods(at, scopes, (tally) => {
            tally.handled += 1;
            tally.handleTotal += seconds(at - acceptedAt);
          });
        }
        gone(event.data.interaction.id);
        agentOf(event.data.agentId).wrapUp = (event.data.interaction.wrapUpSeconds ?? 0) > 0;
        viewed(event.data.agent);
        break;
      }
      case 'interaction.cancelled': {
        const now = interaction(event.data.interaction, 'waiting');
        release(event.data.interaction.id);
        delete now.acceptedAt;
        now.waitingSince = Date.parse(event.data.interaction.queuedAt) || at;
        break;
      }
      case 'interaction.transferred': {
        count(at, 'transferred', [`route:${event.data.interaction.route}`, `agent:${event.data.fromAgentId}`]);
        const now = interaction(event.data.interaction, 'offered');
        hold(event.data.interaction.id, event.data.toAgentId);
        count(at, 'offered', [`route:${now.route}`, `agent:${event.data.toAgentId}`]);
        break;
      }
      case 'interaction.route-transferred':
        count(at, 'transferred', [`route:${event.data.interaction.route}`, `agent:${event.data.fromAgentId}`]);
        gone(event.data.interaction.id);
        break;
      case 'interaction.placed-in-workbin': {
        const now = interaction(event.data.interaction, 'parked');
        release(event.data.interaction.id);
        delete now.waitingSince;
        break;
      }
      case 'interaction.released': {
        const now = interactions.get(event.data.interaction.id);
        if (now === undefined) break;
        const since = now.waitingSince;
        if (event.data.reason !== 'released-by-plan' && since !== undefined && now.acceptedAt === undefined) {
          const wait = seconds(at - since);
          inPeriods(at, [`route:${now.route}`], (tally) => {
            tally.figures.abandoned += 1;
            settings.thresholdsSeconds.forEach((threshold, index) => {
              const split = tally.figures.splitByWaitTime[index];
              if (split !== undefined && wait <= threshold) split.abandoned += 1;
            });
          });
        }
        gone(event.data.interaction.id);
        break;
      }
      case 'agent.state-changed':
        viewed(event.data.agent);
        break;
      case 'agent.wrap-up-ended':
        agentOf(event.data.agentId).wrapUp = false;
        viewed(event.data.agent);
        break;
      // nothing the Statistics API counts (the queued or released event after a plan step is)
      case 'interaction.plan-step-completed':
      case 'interaction.held':
      case 'interaction.retrieved':
      case 'interaction.user-data-changed':
      case 'interaction.controlled':
      case 'agent.workbin-listed':
      case 'agent.workbin-subscription-changed':
      case 'provider.registered':
      case 'provider.removed':
      case 'agent.configured': // configuration: what it does to agents and offers comes as events of their own
      case 'agent.removed':
      case 'session.queue-subscription-changed':
      case 'session.queue-contents':
      case 'session.interaction-watch-changed':
      case 'session.interaction-changed':
      case 'session.closed':
        break;
    }
  }

  return {
    scopes: finish(tallies),
    ...realTime(interactions),
    agents: agentCountsOf(agents),
    changes,
  };
}

/** Each scope's figures with their averages and service level, as the API shows them. */
function finish(tallies: Record<'interval' | 'today', Map<string, Tally>>): Map<string, RecountedScope> {
  const shown = (tally: Tally | undefined, thresholds: readonly number[]): ApiFigures => {
    if (tally === undefined) return zeroFigures(thresholds);
    const { figures } = tally;
    return {
      ...figures,
      averageSpeedOfAnswerSeconds: figures.accepted === 0 ? 0 : tally.answerTotal / figures.accepted,
      averageHandleTimeSeconds: tally.handled === 0 ? 0 : tally.handleTotal / tally.handled,
      ...(figures.accepted === 0 ? {} : { serviceLevel: figures.acceptedWithinSla / figures.accepted }),
    };
  };
  const thresholdsOf = (tally: Tally | undefined): number[] =>
    tally?.figures.splitByWaitTime.map((split) => split.thresholdSeconds) ?? [];
  const scopes = new Map<string, RecountedScope>();
  for (const scope of new Set([...tallies.interval.keys(), ...tallies.today.keys()])) {
    const thresholds = thresholdsOf(tallies.today.get(scope) ?? tallies.interval.get(scope));
    scopes.set(scope, {
      interval: shown(tallies.interval.get(scope), thresholds),
      today: shown(tallies.today.get(scope), thresholds),
    });
  }
  return scopes;
}

function realTime(interactions: Map<string, InteractionNow>): {
  waiting: Map<string, number>;
  offered: Map<string, number>;
} {
  const waiting = new Map<string, number>();
  const offered = new Map<string, number>();
  const add = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const now of interactions.values()) {
    if (now.status === 'waiting') {
      add(waiting, '');
      add(waiting, now.route);
    } else if (now.status === 'offered') {
      add(offered, '');
      add(offered, now.route);
    }
  }
  return { waiting, offered };
}

function agentCountsOf(agents: Map<string, AgentNow>): ApiAgentCounts {
  const counts: ApiAgentCounts = { loggedIn: 0, ready: 0, busy: 0, wrapUp: 0, notReady: 0, notReadyByReason: [] };
  const reasons = new Map<string, number>();
  for (const agent of agents.values()) {
    if (!agent.loggedIn) continue;
    counts.loggedIn += 1;
    if (agent.holding.size > 0) counts.busy += 1;
    else if (agent.wrapUp) counts.wrapUp += 1;
    else if (agent.ready) counts.ready += 1;
    else {
      counts.notReady += 1;
      reasons.set(agent.reason ?? '', (reasons.get(agent.reason ?? '') ?? 0) + 1);
    }
  }
  counts.notReadyByReason = [...reasons]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reason, count]) => ({ reason, agents: count }));
  return counts;
}
