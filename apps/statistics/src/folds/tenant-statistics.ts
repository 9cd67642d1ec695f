import type { AgentView, InteractionSnapshot, InteractionType } from '@switchboard/contracts';
import type { FigureChange } from './figures.js';
import { PeriodFigures } from './period-figures.js';
import { dayStartOf, intervalStartOf } from './periods.js';

export interface StatisticsSettings {
  /** The length of the cumulative interval (15 minutes by default), counted from UTC midnight. */
  intervalMs: number;
  /** The SLA target of an interaction that carries none (its route's plan sets `slaSeconds`). */
  defaultSlaSeconds: number;
  /** The wait-time thresholds accepted and abandoned interactions are split by (20/60/120 s by default). */
  waitThresholdsSeconds: readonly number[];
}

/** Where an interaction the statistics follow is. */
export type TrackedStatus = 'in-plan' | 'waiting' | 'offered' | 'connected' | 'parked';

export interface TrackedInteraction {
  id: string;
  route: string;
  /** Live, chat or nonlive: what an agent's load is counted in. */
  type: InteractionType;
  priority: number;
  slaSeconds: number;
  status: TrackedStatus;
  /** Since when it waits in its route's queue, until accepted (offers, rejects and time-outs keep it). */
  waitingSince?: number;
  agentId?: string;
  acceptedAt?: number;
}

export type AgentStateName = 'logged-out' | 'ready' | 'busy' | 'wrap-up' | 'not-ready';

export interface AgentRecord {
  id: string;
  username?: string;
  loggedIn: boolean;
  ready: boolean;
  notReadyReason?: string;
  wrapUp: boolean;
  /** The interactions offered to or handled by the agent. */
  interactions: Set<string>;
  state: AgentStateName;
  stateSince: number;
}

export const TENANT_SCOPE = 'tenant';
export const routeScope = (route: string): string => `route:${route}`;
export const agentScope = (agentId: string): string => `agent:${agentId}`;

/**
 * One tenant's read model: what is happening now (interactions waiting, offered, handled; each agent's state) and
 * the cumulative figures of the current interval and of today, per tenant, named route and agent. Changed only by
 * the methods event-changes.ts calls for each domain event, each with the event's own time: no I/O, no clock.
 */
export class TenantStatistics {
  readonly interactions = new Map<string, TrackedInteraction>();
  readonly agents = new Map<string, AgentRecord>();
  readonly interval: PeriodFigures;
  readonly today: PeriodFigures;

  constructor(
    readonly tenant: string,
    readonly settings: StatisticsSettings,
  ) {
    this.interval = new PeriodFigures((at) => intervalStartOf(at, settings.intervalMs), settings.waitThresholdsSeconds);
    this.today = new PeriodFigures(dayStartOf, settings.waitThresholdsSeconds);
  }

  /** The interaction entered its route's queue (a dispatch, a transfer to a route, a work item). */
  entered(interaction: InteractionSnapshot, at: number): void {
    const tracked = this.track(interaction, 'waiting');
    delete tracked.agentId;
    delete tracked.acceptedAt;
    tracked.waitingSince = at;
    this.count(at, [routeScope(tracked.route)], { kind: 'entered' });
  }

  /** Its route's plan paused on a call: it is in the plan, not yet waiting for an agent. */
  inPlan(interaction: InteractionSnapshot): void {
    this.track(interaction, 'in-plan');
  }

  offered(interaction: InteractionSnapshot, agentId: string, at: number, username?: string): void {
    const tracked = this.track(interaction, 'offered');
    this.leaveAgent(tracked, at);
    tracked.agentId = agentId;
    this.joinAgent(agentId, tracked.id, at, username);
    this.count(at, [routeScope(tracked.route), agentScope(agentId)], { kind: 'offered' });
  }

  /** The offer ended without an acceptance (rejected, timed out, revoked): it waits again, with its age. */
  offerEnded(
    interaction: InteractionSnapshot,
    agentId: string,
    at: number,
    kind: 'rejected' | 'offerTimeouts' | undefined,
    agent?: AgentView,
  ): void {
    const tracked = this.track(interaction, 'waiting');
    this.leaveAgent(tracked, at);
    tracked.waitingSince ??= at;
    if (agent !== undefined) this.agentViewed(agent, at);
    if (kind !== undefined) this.count(at, [routeScope(tracked.route), agentScope(agentId)], { kind });
  }

  accepted(interaction: InteractionSnapshot, agentId: string, at: number): void {
    const tracked = this.track(interaction, 'connected');
    if (tracked.agentId !== agentId) {
      this.leaveAgent(tracked, at);
      tracked.agentId = agentId;
      this.joinAgent(agentId, tracked.id, at);
    }
    tracked.acceptedAt = at;
    // only an acceptance out of the queue is an answer: a transfer to an agent had been answered already
    if (tracked.waitingSince !== undefined) {
      const waitSeconds = Math.max(0, (at - tracked.waitingSince) / 1000);
      delete tracked.waitingSince;
      this.count(at, [routeScope(tracked.route), agentScope(agentId)], {
        kind: 'accepted',
        waitSeconds,
        slaSeconds: tracked.slaSeconds,
      });
    }
  }

  /** The agent connected to it without an offer (an outbound call, a pickup, a pull from a workbin). */
  connected(interaction: InteractionSnapshot, agentId: string, at: number): void {
    const tracked = this.track(interaction, 'connected');
    this.leaveAgent(tracked, at);
    delete tracked.waitingSince;
    tracked.agentId = agentId;
    tracked.acceptedAt ??= at;
    this.joinAgent(agentId, tracked.id, at);
  }

  completed(interaction: InteractionSnapshot, agentId: string, at: number, agent?: AgentView): void {
    const tracked = this.interactions.get(interaction.id);
    const scopes = [routeScope(interaction.route), agentScope(agentId)];
    this.count(at, scopes, { kind: 'completed' });
    if (tracked?.acceptedAt !== undefined) {
      this.count(at, scopes, { kind: 'handled', handleSeconds: Math.max(0, (at - tracked.acceptedAt) / 1000) });
    }
    if (tracked !== undefined) this.forget(tracked, at);
    const record = this.agent(agentId, at);
    record.wrapUp = (interaction.wrapUpSeconds ?? 0) > 0;
    if (agent !== undefined) this.agentViewed(agent, at);
    else this.settle(record, at);
  }

  /** The agent gave up an accepted interaction: it waits for an agent again, with its age. */
  cancelled(interaction: InteractionSnapshot, at: number): void {
    const tracked = this.track(interaction, 'waiting');
    this.leaveAgent(tracked, at);
    delete tracked.acceptedAt;
    tracked.waitingSince = Date.parse(interaction.queuedAt) || at;
  }

  /** Handed from one agent to another (offered to it with a lease). */
  transferredToAgent(interaction: InteractionSnapshot, fromAgentId: string, toAgentId: string, at: number): void {
    this.count(at, [routeScope(interaction.route), agentScope(fromAgentId)], { kind: 'transferred' });
    this.offered(interaction, toAgentId, at);
  }

  /** Sent back to a route (its queued event follows): it leaves its agent. */
  transferredToRoute(interaction: InteractionSnapshot, fromAgentId: string, at: number): void {
    this.count(at, [routeScope(interaction.route), agentScope(fromAgentId)], { kind: 'transferred' });
    const tracked = this.interactions.get(interaction.id);
    if (tracked !== undefined) this.forget(tracked, at);
  }

  parked(interaction: InteractionSnapshot, at: number): void {
    const tracked = this.track(interaction, 'parked');
    this.leaveAgent(tracked, at);
    delete tracked.waitingSince;
  }

  /** Released: by the API or the caller while it waited (abandoned), by its plan, or by its agent. */
  released(interaction: InteractionSnapshot, byPlan: boolean, at: number): void {
    const tracked = this.interactions.get(interaction.id);
    if (tracked === undefined) return;
    if (!byPlan && tracked.waitingSince !== undefined && tracked.acceptedAt === undefined) {
      this.count(at, [routeScope(tracked.route)], {
        kind: 'abandoned',
        waitSeconds: Math.max(0, (at - tracked.waitingSince) / 1000),
      });
    }
    this.forget(tracked, at);
  }

  /** An agent's view as an event carries it: logged in, ready, why not. */
  agentViewed(view: AgentView, at: number): void {
    const record = this.agent(view.id, at);
    record.username = view.username;
    record.loggedIn = view.loggedIn;
    record.ready = view.ready;
    if (view.notReadyReason === undefined) delete record.notReadyReason;
    else record.notReadyReason = view.notReadyReason;
    if (!view.loggedIn) record.wrapUp = false;
    this.settle(record, at);
  }

  wrapUpEnded(agentId: string, at: number, view?: AgentView): void {
    const record = this.agent(agentId, at);
    record.wrapUp = false;
    if (view !== undefined) this.agentViewed(view, at);
    else this.settle(record, at);
  }

  private track(interaction: InteractionSnapshot, status: TrackedStatus): TrackedInteraction {
    let tracked = this.interactions.get(interaction.id);
    if (tracked === undefined) {
      tracked = {
        id: interaction.id,
        route: interaction.route,
        type: interaction.interactionType,
        priority: 0,
        slaSeconds: this.settings.defaultSlaSeconds,
        status,
      };
      this.interactions.set(interaction.id, tracked);
    }
    tracked.route = interaction.route;
    tracked.type = interaction.interactionType;
    tracked.priority = interaction.priority ?? 0;
    tracked.slaSeconds = interaction.slaSeconds ?? this.settings.defaultSlaSeconds;
    tracked.status = status;
    return tracked;
  }

  private forget(tracked: TrackedInteraction, at: number): void {
    this.leaveAgent(tracked, at);
    this.interactions.delete(tracked.id);
  }

  private joinAgent(agentId: string, interactionId: string, at: number, username?: string): void {
    const record = this.agent(agentId, at);
    if (username !== undefined) record.username = username;
    // an agent that is offered work is logged in, whatever this read model saw of it (its login may predate the log)
    record.loggedIn = true;
    record.interactions.add(interactionId);
    this.settle(record, at);
  }

  private leaveAgent(tracked: TrackedInteraction, at: number): void {
    if (tracked.agentId === undefined) return;
    const record = this.agents.get(tracked.agentId);
    delete tracked.agentId;
    if (record === undefined) return;
    record.interactions.delete(tracked.id);
    this.settle(record, at);
  }

  private agent(agentId: string, at: number): AgentRecord {
    let record = this.agents.get(agentId);
    if (record === undefined) {
      record = {
        id: agentId,
        loggedIn: false,
        ready: false,
        wrapUp: false,
        interactions: new Set(),
        state: 'logged-out',
        stateSince: at,
      };
      this.agents.set(agentId, record);
    }
    return record;
  }

  /** The agent's state from what is known of it; its time in state restarts when the state changes. */
  private settle(record: AgentRecord, at: number): void {
    const state: AgentStateName = !record.loggedIn
      ? 'logged-out'
      : record.interactions.size > 0
        ? 'busy'
        : record.wrapUp
          ? 'wrap-up'
          : record.ready
            ? 'ready'
            : 'not-ready';
    if (state !== record.state) {
      record.state = state;
      record.stateSince = at;
    }
  }

  private count(at: number, scopes: readonly string[], change: FigureChange): void {
    const all = [TENANT_SCOPE, ...scopes];
    this.interval.add(at, all, change);
    this.today.add(at, all, change);
  }
}
