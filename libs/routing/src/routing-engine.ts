import { Heap } from 'heap-js';
import { AgentIndex, type AgentState } from './agent-index.js';
import { rankCandidates, type RankedCandidates } from './candidate-ranking.js';
import { DEFAULT_CAPACITY, fits } from './capacity.js';
import type { DeadlineKind, InteractionSnapshotData, RoutingEngineSnapshot, WakeupKind } from './engine-snapshot.js';
import {
  DEFAULT_PRIORITY,
  INTERACTION_TYPES,
  type AgentProfile,
  type AgentStatus,
  type CapacityShares,
  type InteractionType,
  type PassedOver,
  type RoutableInteraction,
  type RoutingDecision,
  type RoutingExplanation,
} from './model.js';
import { Scheduler } from './scheduler.js';
import { SkillIds } from './skill-ids.js';
import { expiryTimes, isMandatoryAt, timedSkills } from './skills.js';
import { generalKey, personalKey, servedBefore, WaitingQueues, type WaitingEntry } from './waiting-queues.js';

/** An SLA makes an interaction urgent once this share of its target time has passed. */
const SLA_URGENT_AT = 0.8;

type Presence = 'in' | 'out';

/** An interaction as the engine keeps it: exactly what a snapshot holds of it. */
type InteractionState = InteractionSnapshotData;

export interface InteractionRoutingView {
  status: InteractionState['status'];
  agentId?: string;
  leaseUntil?: number;
  mandatorySkills: string[];
  urgent: boolean;
  personalQueueActive: boolean;
}

export interface AgentRoutingView {
  loggedIn: boolean;
  status: AgentStatus;
  notReadyReason?: string;
  wrapUpUntil?: number;
  idleSince: number;
  load: number;
  interactions: string[];
  /** The interaction types whose channel the agent set not ready. */
  closedTypes: InteractionType[];
}

export interface RoutingEngineOptions {
  capacity?: CapacityShares;
  /** How many runners-up an explanation lists. */
  runnersUp?: number;
}

/** Why an agent is not ready after an offer it let pass. */
export const MISSED_REASON = 'missed';

/** An agent finishing an interaction wraps up for its wrap-up time, unless it made itself not ready meanwhile. */
const entersWrapUp = (interaction: InteractionState, agent: AgentState): boolean =>
  interaction.request.wrapUpMs > 0 && agent.loggedIn && agent.status !== 'not-ready';

/**
 * The ACD: who gets which interaction, and when. Pure and deterministic: no I/O, no clock of its own — every
 * fact comes with the time it happened, and `nextDecision(now)` says what should happen next. The caller records
 * each decision (as a domain event) and then applies it through the same methods a replay uses, so a restart
 * rebuilds exactly this state, timers included.
 *
 * Cost per decision: O(log n) in the number of waiting interactions and agents, plus the heads of the waiting
 * groups a freed agent qualifies for, or the free agents holding an arriving interaction's rarest skill.
 */
export class RoutingEngine {
  private readonly shares: CapacityShares;
  private readonly agents: AgentIndex;
  private readonly queues: WaitingQueues;
  private readonly interactions = new Map<string, InteractionState>();
  private readonly personalQueuesByAgent = new Map<string, Set<string>>();
  private readonly wakeups = new Scheduler<WakeupKind>();
  private readonly deadlines = new Scheduler<DeadlineKind>();
  /** Agents that may be able to take work, in the order they changed. */
  private readonly dirtyAgents = new Set<string>();
  /** Interactions that may find an agent, most urgent first, so an older one is never overtaken. */
  private readonly dirtyInteractions = new Heap<WaitingEntry>(servedBefore);
  private readonly runnersUp: number;
  private seq = 0;

  constructor(roster: readonly AgentProfile[], options: RoutingEngineOptions = {}) {
    this.shares = options.capacity ?? DEFAULT_CAPACITY;
    this.runnersUp = options.runnersUp ?? 3;
    // One id per skill name for both indexes: a freed agent's skill ids walk the waiting groups' skill sets.
    const skillIds = new SkillIds();
    this.agents = new AgentIndex(this.shares, skillIds);
    this.queues = new WaitingQueues(skillIds);
    for (const profile of roster) this.agents.add(profile, 0);
  }

  // ------------------------------------------------------------------------------------------------ snapshots

  /** The engine's state as plain data (see RoutingEngineSnapshot). It shares the engine's objects: serialize it before the engine changes. */
  snapshot(): RoutingEngineSnapshot {
    return {
      seq: this.seq,
      agents: [...this.agents.agents.values()].map((agent) => ({
        id: agent.id,
        loggedIn: agent.loggedIn,
        status: agent.status,
        ...(agent.notReadyReason === undefined ? {} : { notReadyReason: agent.notReadyReason }),
        wrapUpUntil: agent.wrapUpUntil,
        idleSince: agent.idleSince,
        interactions: [...agent.interactions],
        closed: [...agent.closed],
      })),
      interactions: [...this.interactions.values()],
      waiting: this.queues.groupsSnapshot(),
      wakeups: this.wakeups.timers(),
      deadlines: this.deadlines.timers(),
      dirtyAgents: [...this.dirtyAgents],
      dirtyInteractions: this.dirtyInteractions.toArray(),
      personalQueuesByAgent: [...this.personalQueuesByAgent].map(([agentId, ids]) => [agentId, [...ids]]),
    };
  }

  /**
   * An engine in the state of a snapshot, for the roster and options of now: an agent no longer on the roster is
   * gone, and what it held waits again (as `at`); a new one starts logged out; capacity is counted with today's shares.
   * `snapshot` must be the engine's own data (e.g. just deserialized): the engine takes it over.
   */
  static restore(
    roster: readonly AgentProfile[],
    options: RoutingEngineOptions,
    snapshot: RoutingEngineSnapshot,
    at: number,
  ): RoutingEngine {
    const engine = new RoutingEngine(roster, options);
    engine.seq = snapshot.seq;
    for (const interaction of snapshot.interactions) engine.interactions.set(interaction.request.id, interaction);
    for (const saved of snapshot.agents) {
      const agent = engine.agents.agents.get(saved.id);
      if (!agent) continue;
      agent.loggedIn = saved.loggedIn;
      agent.status = saved.status;
      if (saved.notReadyReason !== undefined) agent.notReadyReason = saved.notReadyReason;
      agent.wrapUpUntil = saved.wrapUpUntil;
      agent.idleSince = saved.idleSince;
      agent.closed = new Set(saved.closed);
      for (const [interactionId, type] of saved.interactions) {
        if (engine.interactions.get(interactionId)?.agentId !== agent.id) continue;
        agent.interactions.set(interactionId, type);
        agent.load += engine.shares[type];
        if (type === 'live') agent.live += 1;
      }
      engine.agents.refresh(agent, true);
    }
    for (const group of snapshot.waiting) {
      for (const entry of group.members)
        engine.queues.join(group.key, group.type, group.skills, entry, group.isPersonal);
    }
    for (const timer of snapshot.wakeups) engine.wakeups.schedule(timer.at, timer.kind, timer.id);
    for (const timer of snapshot.deadlines) engine.deadlines.schedule(timer.at, timer.kind, timer.id);
    for (const agentId of snapshot.dirtyAgents) if (engine.agents.agents.has(agentId)) engine.dirtyAgents.add(agentId);
    engine.dirtyInteractions.init(snapshot.dirtyInteractions);
    for (const [agentId, ids] of snapshot.personalQueuesByAgent)
      engine.personalQueuesByAgent.set(agentId, new Set(ids));
    for (const interaction of engine.interactions.values()) {
      if (interaction.agentId === undefined || engine.agents.agents.has(interaction.agentId)) continue;
      interaction.status = 'waiting';
      delete interaction.agentId;
      delete interaction.leaseUntil;
      engine.placeWaiting(interaction, at);
      engine.markInteraction(interaction, at);
    }
    return engine;
  }

  // ---------------------------------------------------------------------------------------------- agent facts

  logIn(agentId: string, at: number): void {
    const agent = this.agentOrThrow(agentId, at);
    agent.loggedIn = true;
    agent.status = 'not-ready';
    delete agent.notReadyReason;
    agent.closed.clear(); // a new session opens every channel
    agent.idleSince = at;
    this.agents.refresh(agent, true);
    this.switchPersonalQueueClocks(agentId, 'in', at);
  }

  logOut(agentId: string, at: number): void {
    const agent = this.agentOrThrow(agentId, at);
    for (const [interactionId] of agent.interactions) {
      if (this.interactions.get(interactionId)?.status === 'offered') this.returnToQueue(interactionId, at, false);
    }
    agent.loggedIn = false;
    agent.status = 'not-ready';
    delete agent.notReadyReason;
    agent.idleSince = at;
    this.agents.refresh(agent, true);
    this.switchPersonalQueueClocks(agentId, 'out', at);
  }

  /** Ready as a whole: on every channel. */
  setReady(agentId: string, at: number): void {
    const agent = this.agentOrThrow(agentId, at);
    agent.closed.clear();
    agent.status = 'ready';
    delete agent.notReadyReason;
    agent.idleSince = at;
    this.markAgent(agent, true);
  }

  /** Not ready as a whole: the channels closed one by one are forgotten, as the next ready opens them all. */
  setNotReady(agentId: string, reason: string, at: number): void {
    const agent = this.agentOrThrow(agentId, at);
    agent.closed.clear();
    agent.status = 'not-ready';
    agent.notReadyReason = reason;
    this.agents.refresh(agent, false);
  }

  /**
   * One channel (interaction type) ready or not, beside the agent's readiness as a whole: a closed type is never
   * offered to the agent; the others are as before. Opening one lets waiting interactions of it find the agent.
   */
  setChannelReady(agentId: string, type: InteractionType, ready: boolean, at: number): void {
    const agent = this.agentOrThrow(agentId, at);
    if (ready) {
      agent.closed.delete(type);
      this.markAgent(agent, false);
    } else {
      agent.closed.add(type);
      this.agents.refresh(agent, false);
    }
  }

  endWrapUp(agentId: string, at: number): void {
    const agent = this.agentOrThrow(agentId, at);
    if (agent.status !== 'wrap-up') return;
    agent.status = 'ready';
    agent.idleSince = at;
    this.markAgent(agent, true);
  }

  // ----------------------------------------------------------------------------------------- roster changes

  /** An agent added to the roster (configured live): logged out, so nothing is routed to it until it logs in. */
  addAgent(profile: AgentProfile, at: number): void {
    this.advance(at);
    if (this.agents.agents.has(profile.id)) throw new Error(`agent ${profile.id} is on the roster already`);
    this.agents.add(profile, at);
  }

  /**
   * The agent's skills or levels changed (configured live). They count from the next decision: the agent looks again
   * at what waits, as if freed, so an interaction already waiting that it now qualifies for can be offered to it.
   */
  setSkills(agentId: string, skills: Readonly<Record<string, number>>, at: number): void {
    const agent = this.agentOrThrow(agentId, at);
    this.agents.reskill(agent, skills);
    this.markAgent(agent, false);
  }

  /**
   * The agent leaves the roster (removed live), as a restart leaves an agent gone from the configuration: whatever it
   * was offered or connected to waits again with its age, and its personal queue ends (normal routing applies).
   * Returns the interactions it held.
   */
  removeAgent(agentId: string, at: number): string[] {
    const agent = this.agentOrThrow(agentId, at);
    const held = [...agent.interactions.keys()];
    for (const interactionId of held) this.returnToQueue(interactionId, at, false);
    for (const interactionId of this.personalQueuesByAgent.get(agentId) ?? []) {
      const interaction = this.interactions.get(interactionId);
      if (!interaction?.personalQueue || interaction.personalQueue.expired) continue;
      interaction.personalQueue.expired = true;
      if (interaction.status === 'waiting') {
        this.placeWaiting(interaction, at);
        this.markInteraction(interaction, at);
      }
    }
    this.personalQueuesByAgent.delete(agentId);
    this.dirtyAgents.delete(agentId);
    this.agents.remove(agent);
    return held;
  }

  // ---------------------------------------------------------------------------------------- interaction facts

  enqueue(request: RoutableInteraction, at: number): void {
    this.advance(at);
    const target = request.sla ? request.queuedAt + request.sla.targetSeconds * 1000 : Number.POSITIVE_INFINITY;
    const interaction: InteractionState = {
      request,
      seq: (this.seq += 1),
      skills: timedSkills(request.skills, request.queuedAt),
      priority: request.priority ?? DEFAULT_PRIORITY,
      deadline: target,
      urgentAt: request.sla
        ? request.queuedAt + SLA_URGENT_AT * request.sla.targetSeconds * 1000
        : Number.POSITIVE_INFINITY,
      status: 'waiting',
      version: 0,
      dirty: false,
    };
    this.interactions.set(request.id, interaction);
    for (const time of expiryTimes(interaction.skills, at)) this.wakeups.schedule(time, 'skill-expiry', request.id);
    if (interaction.urgentAt > at && Number.isFinite(interaction.urgentAt)) {
      this.wakeups.schedule(interaction.urgentAt, 'sla-urgent', request.id);
    }
    const pq = request.personalQueue;
    const agent = pq ? this.agents.agents.get(pq.agentId) : undefined;
    if (pq && agent) {
      interaction.personalQueue = {
        agentId: pq.agentId,
        budgetMs: { in: pq.loggedInTimeoutSeconds * 1000, out: pq.loggedOutTimeoutSeconds * 1000 },
        usedMs: { in: 0, out: 0 },
        running: agent.loggedIn ? 'in' : 'out',
        since: at,
        expired: false,
      };
      let forAgent = this.personalQueuesByAgent.get(pq.agentId);
      if (!forAgent) this.personalQueuesByAgent.set(pq.agentId, (forAgent = new Set()));
      forAgent.add(request.id);
      this.checkPersonalQueue(interaction, at);
    }
    this.placeWaiting(interaction, at);
    this.markInteraction(interaction, at);
  }

  offer(interactionId: string, agentId: string, at: number, leaseUntil: number): void {
    this.advance(at);
    const interaction = this.interactionOrThrow(interactionId);
    const agent = this.agentOrThrow(agentId, at);
    if (interaction.status !== 'waiting') throw new Error(`interaction ${interactionId} is not waiting`);
    this.unplace(interaction);
    interaction.dirty = false;
    interaction.status = 'offered';
    interaction.agentId = agentId;
    interaction.leaseUntil = leaseUntil;
    this.occupy(agent, interaction.request.id, interaction.request.type, at);
    this.deadlines.schedule(leaseUntil, 'offer-lease', interactionId);
  }

  accept(interactionId: string, at: number): void {
    this.advance(at);
    const interaction = this.interactionOrThrow(interactionId);
    if (interaction.status !== 'offered') throw new Error(`interaction ${interactionId} is not offered`);
    interaction.status = 'connected';
    delete interaction.leaseUntil;
  }

  /**
   * Back in line with its original age: after a reject or an offer timeout (`missed`: the agent becomes not
   * ready), or when an offer is taken back or the interaction is placed in the queue again.
   */
  returnToQueue(interactionId: string, at: number, missed: boolean): void {
    this.advance(at);
    const interaction = this.interactionOrThrow(interactionId);
    if (interaction.status === 'waiting') return;
    const agent = interaction.agentId === undefined ? undefined : this.agents.agents.get(interaction.agentId);
    if (agent) {
      this.release(agent, interactionId, interaction.request.type, at);
      if (missed) {
        agent.status = 'not-ready';
        agent.notReadyReason = MISSED_REASON;
      }
      this.markAgent(agent, true);
    }
    interaction.status = 'waiting';
    delete interaction.agentId;
    delete interaction.leaseUntil;
    this.placeWaiting(interaction, at);
    this.markInteraction(interaction, at);
  }

  /**
   * An interaction the agent takes itself (out of a workbin): connected to it at once, never routed. The same
   * steps routing takes — queued, offered, accepted — so every index stays as routing would leave it.
   */
  connect(request: RoutableInteraction, agentId: string, at: number): void {
    this.enqueue(request, at);
    this.offer(request.id, agentId, at, at);
    this.accept(request.id, at);
  }

  /** The agent finished with it: the interaction leaves, the agent wraps up for the interaction's wrap-up time. */
  complete(interactionId: string, at: number): void {
    this.advance(at);
    const interaction = this.interactionOrThrow(interactionId);
    const agent = interaction.agentId === undefined ? undefined : this.agents.agents.get(interaction.agentId);
    this.forget(interaction);
    if (!agent) return;
    this.release(agent, interactionId, interaction.request.type, at);
    if (entersWrapUp(interaction, agent)) {
      agent.status = 'wrap-up';
      agent.wrapUpUntil = Math.max(agent.wrapUpUntil, at + interaction.request.wrapUpMs);
      this.deadlines.schedule(agent.wrapUpUntil, 'wrap-up', agent.id);
    }
    this.markAgent(agent, true);
  }

  /** Released from the system, whatever its state; an agent it was offered to or connected with is freed. */
  remove(interactionId: string, at: number): void {
    this.advance(at);
    const interaction = this.interactions.get(interactionId);
    if (!interaction) return;
    const agent = interaction.agentId === undefined ? undefined : this.agents.agents.get(interaction.agentId);
    this.forget(interaction);
    if (!agent) return;
    this.release(agent, interactionId, interaction.request.type, at);
    this.markAgent(agent, true);
  }

  // ------------------------------------------------------------------------------------------------ decisions

  /**
   * What should happen next at `now`, or undefined when nothing should. Expired offers and wrap-ups come first,
   * then freed agents (each takes the most urgent interaction it can), then interactions that became routable
   * (each goes to the best free agent). Asking again without applying the decision returns the same decision.
   */
  nextDecision(now: number): RoutingDecision | undefined {
    this.advance(now);
    for (let timer = this.deadlines.peekDue(now); timer; timer = this.deadlines.peekDue(now)) {
      if (timer.kind === 'offer-lease') {
        const interaction = this.interactions.get(timer.id);
        if (
          interaction?.status === 'offered' &&
          interaction.leaseUntil === timer.at &&
          interaction.agentId !== undefined
        ) {
          return { kind: 'offer-expired', interactionId: timer.id, agentId: interaction.agentId, at: timer.at };
        }
      } else {
        const agent = this.agents.agents.get(timer.id);
        if (agent?.status === 'wrap-up' && agent.wrapUpUntil === timer.at) {
          return { kind: 'wrap-up-ended', agentId: timer.id, at: timer.at };
        }
      }
      this.deadlines.pop();
    }
    for (const agentId of this.dirtyAgents) {
      const decision = this.workFor(agentId, now);
      if (decision) return decision;
      this.dirtyAgents.delete(agentId);
    }
    for (let entry = this.dirtyInteractions.peek(); entry; entry = this.dirtyInteractions.peek()) {
      const interaction = this.interactions.get(entry.interactionId);
      if (interaction?.status === 'waiting' && interaction.version === entry.version) {
        const decision = this.agentFor(entry.interactionId, now);
        if (decision) return decision;
        interaction.dirty = false;
      }
      this.dirtyInteractions.pop();
    }
    return undefined;
  }

  /** When the next timer is due: the caller's one real timer should fire then and ask for decisions. */
  nextTimerAt(): number | undefined {
    const times = [this.wakeups.nextAt(), this.deadlines.nextAt()].filter((t): t is number => t !== undefined);
    return times.length === 0 ? undefined : Math.min(...times);
  }

  // -------------------------------------------------------------------------------------------------- queries

  interaction(interactionId: string, now: number): InteractionRoutingView | undefined {
    const interaction = this.interactions.get(interactionId);
    if (!interaction) return undefined;
    return {
      status: interaction.status,
      ...(interaction.agentId === undefined ? {} : { agentId: interaction.agentId }),
      ...(interaction.leaseUntil === undefined ? {} : { leaseUntil: interaction.leaseUntil }),
      mandatorySkills: interaction.skills.filter((s) => isMandatoryAt(s, now)).map((s) => s.name),
      urgent: now >= interaction.urgentAt,
      personalQueueActive: interaction.personalQueue !== undefined && !interaction.personalQueue.expired,
    };
  }

  agent(agentId: string): AgentRoutingView | undefined {
    const agent = this.agents.agents.get(agentId);
    if (!agent) return undefined;
    return {
      loggedIn: agent.loggedIn,
      status: agent.status,
      ...(agent.notReadyReason === undefined ? {} : { notReadyReason: agent.notReadyReason }),
      ...(agent.status === 'wrap-up' ? { wrapUpUntil: agent.wrapUpUntil } : {}),
      idleSince: agent.idleSince,
      load: agent.load,
      interactions: [...agent.interactions.keys()],
      closedTypes: INTERACTION_TYPES.filter((type) => agent.closed.has(type)),
    };
  }

  /** Whether completing the interaction now would put its agent in wrap-up (or keep it there, for longer). */
  wrapsUpOnCompletion(interactionId: string): boolean {
    const interaction = this.interactions.get(interactionId);
    const agent = interaction?.agentId === undefined ? undefined : this.agents.agents.get(interaction.agentId);
    return interaction !== undefined && agent !== undefined && entersWrapUp(interaction, agent);
  }

  /** Whether the agent could be offered the interaction now: logged in, ready, with capacity for its type. */
  canOffer(interactionId: string, agentId: string): boolean {
    const interaction = this.interactions.get(interactionId);
    const agent = this.agents.agents.get(agentId);
    return interaction !== undefined && agent !== undefined && this.agents.canTake(agent, interaction.request.type);
  }

  /** Whether the logged-in agent has room for one more interaction of the type; readiness aside (it takes work itself). */
  hasRoomFor(agentId: string, type: InteractionType): boolean {
    const agent = this.agents.agents.get(agentId);
    return agent !== undefined && agent.loggedIn && fits(this.shares, agent.load, agent.live, type);
  }

  /**
   * Whether the logged-in agent could take one more live interaction itself (a call it places or picks up) if the live
   * ones it is connected to were held, as a phone holds the call it is on to take another: its other work must still
   * leave room, and a live offer still pending says no. Routing never offers on this: `fits` counts held calls.
   */
  hasRoomHoldingCalls(agentId: string): boolean {
    const agent = this.agents.agents.get(agentId);
    if (agent === undefined || !agent.loggedIn) return false;
    for (const [interactionId, type] of agent.interactions)
      if (type === 'live' && this.interactions.get(interactionId)?.status !== 'connected') return false;
    return fits(this.shares, agent.load - agent.live * this.shares.live, 0, 'live');
  }

  waitingCount(): number {
    return this.queues.waitingCount();
  }

  // -------------------------------------------------------------------------------------------------- routing

  /**
   * A freed agent finds the most urgent, then highest-priority, then oldest interaction it can take; that
   * interaction then goes to the best free agent for it, which is this one unless another was freed at once.
   */
  private workFor(agentId: string, now: number): RoutingDecision | undefined {
    const agent = this.agents.agents.get(agentId);
    if (!agent) return undefined;
    let best: WaitingEntry | undefined;
    for (const type of INTERACTION_TYPES) {
      if (!this.agents.canTake(agent, type)) continue;
      const head = this.queues.firstFor(type, agent.id, agent.skillIds);
      if (head && (!best || servedBefore(head, best) < 0)) best = head;
    }
    return best ? this.agentFor(best.interactionId, now, 'agent-available') : undefined;
  }

  /** An interaction that became routable goes to the best free agent, if there is one. */
  private agentFor(
    interactionId: string,
    now: number,
    trigger: RoutingExplanation['trigger'] = 'interaction-routable',
  ): RoutingDecision | undefined {
    const interaction = this.interactions.get(interactionId);
    if (interaction?.status !== 'waiting') return undefined;
    const { type } = interaction.request;
    const { mandatory, optional } = this.splitSkills(interaction, now);
    const pq = interaction.personalQueue;
    let ranked: RankedCandidates;
    let passedOver: PassedOver[];
    if (pq && !pq.expired) {
      const target = this.agents.agents.get(pq.agentId);
      if (!target || !this.agents.canTake(target, type)) return undefined;
      // An active personal queue overrides skills: its agent takes it whatever skills it holds.
      ranked = rankCandidates([target], [], [...mandatory, ...optional], 0);
      passedOver = [{ reason: 'personal-queue', agentId: pq.agentId, count: this.agents.agents.size - 1 }];
    } else if (mandatory.length === 0 && (optional.length === 0 || interaction.request.ranking === 'longest-waiting')) {
      const longestIdle = this.agents.longestIdle(type);
      if (!longestIdle) return undefined;
      ranked = { chosen: scoreless(longestIdle), runnersUp: [], missing: new Map() };
      passedOver = this.statePassOvers(type);
    } else {
      const pool = this.candidatePool(type, mandatory);
      ranked = rankCandidates(pool.agents, mandatory, optional, this.runnersUp, interaction.request.ranking);
      // Not the guard below repeated: most skills-based attempts find nobody, and the pass-overs are costly to build.
      if (!ranked.chosen) return undefined;
      passedOver = [...this.statePassOvers(type), ...missingSkillPassOvers(pool, ranked.missing)];
    }
    if (!ranked.chosen) return undefined;
    const explanation: RoutingExplanation = {
      trigger,
      chosen: ranked.chosen,
      runnersUp: ranked.runnersUp,
      passedOver,
      ...this.describeRequirements(interaction, now, mandatory, optional),
    };
    return this.offerDecision(interaction, ranked.chosen.agentId, now, explanation);
  }

  /** Free agents for the type holding the interaction's rarest mandatory skill (all free agents without one). */
  private candidatePool(type: InteractionType, mandatory: readonly string[]): CandidatePool {
    const available = this.agents.availableFor(type);
    if (mandatory.length === 0) return { agents: available, viaSkill: undefined, available: available.size };
    let rarest = mandatory[0] as string;
    let pool = this.agents.availableWithSkill(type, rarest);
    for (const skill of mandatory.slice(1)) {
      const holders = this.agents.availableWithSkill(type, skill);
      if (holders.size < pool.size) {
        pool = holders;
        rarest = skill;
      }
    }
    return { agents: pool, viaSkill: rarest, available: available.size };
  }

  private statePassOvers(type: InteractionType): PassedOver[] {
    const { counts } = this.agents;
    const channelNotReady = this.agents.readyButClosed[type];
    const noCapacity = counts.ready - channelNotReady - this.agents.availableFor(type).size;
    const all: PassedOver[] = [
      { reason: 'logged-out', count: counts['logged-out'] },
      { reason: 'not-ready', count: counts['not-ready'] },
      { reason: 'wrap-up', count: counts['wrap-up'] },
      { reason: 'channel-not-ready', count: channelNotReady },
      { reason: 'no-capacity', count: noCapacity },
    ];
    return all.filter((p) => p.count > 0);
  }

  private offerDecision(
    interaction: InteractionState,
    agentId: string,
    now: number,
    explanation: RoutingExplanation,
  ): RoutingDecision {
    return {
      kind: 'offer',
      interactionId: interaction.request.id,
      agentId,
      leaseUntil: now + interaction.request.offerTimeoutMs,
      explanation,
    };
  }

  private splitSkills(interaction: InteractionState, now: number): { mandatory: string[]; optional: string[] } {
    const mandatory: string[] = [];
    const optional: string[] = [];
    for (const skill of interaction.skills) (isMandatoryAt(skill, now) ? mandatory : optional).push(skill.name);
    return { mandatory, optional };
  }

  private describeRequirements(
    interaction: InteractionState,
    now: number,
    mandatory: string[],
    optional: string[],
  ): Pick<RoutingExplanation, 'mandatorySkills' | 'optionalSkills' | 'personalQueueAgentId' | 'queue'> {
    const pq = interaction.personalQueue;
    return {
      mandatorySkills: mandatory,
      optionalSkills: optional,
      ...(pq && !pq.expired ? { personalQueueAgentId: pq.agentId } : {}),
      queue: {
        urgent: now >= interaction.urgentAt,
        priority: interaction.priority,
        waitedMs: now - interaction.request.queuedAt,
      },
    };
  }

  // ------------------------------------------------------------------------------------------------- bookkeeping

  /** Runs the wake-up timers due by `at`, each at its own time: they change only where interactions wait. */
  private advance(at: number): void {
    for (let timer = this.wakeups.peekDue(at); timer; timer = this.wakeups.peekDue(at)) {
      this.wakeups.pop();
      const interaction = this.interactions.get(timer.id);
      if (!interaction) continue;
      if (timer.kind === 'personal-queue-expiry') this.checkPersonalQueue(interaction, timer.at);
      if (interaction.status === 'waiting') {
        this.placeWaiting(interaction, timer.at);
        if (timer.kind !== 'sla-urgent') this.markInteraction(interaction, timer.at);
      }
    }
  }

  private placeWaiting(interaction: InteractionState, now: number): void {
    const { request } = interaction;
    const pq = interaction.personalQueue;
    const mandatory = interaction.skills.filter((s) => isMandatoryAt(s, now)).map((s) => s.name);
    const personal = pq !== undefined && !pq.expired;
    const key = personal ? personalKey(pq.agentId, request.type) : generalKey(request.type, mandatory);
    interaction.version += 1;
    const entry = this.waitingEntry(interaction, now);
    // A re-placement supersedes its dirty entry too: file the new one, or the interaction would be skipped.
    if (interaction.dirty) this.dirtyInteractions.push(entry);
    if (interaction.placement === key) {
      this.queues.requeue(key, entry);
      return;
    }
    if (interaction.placement !== undefined) this.queues.leave(interaction.placement, request.id);
    this.queues.join(key, request.type, personal ? [] : mandatory, entry, personal);
    interaction.placement = key;
  }

  /** After placeWaiting: the interaction may find an agent; its entry carries its current place in line. */
  private markInteraction(interaction: InteractionState, now: number): void {
    if (interaction.dirty) return; // placeWaiting filed its current entry already
    interaction.dirty = true;
    this.dirtyInteractions.push(this.waitingEntry(interaction, now));
  }

  private waitingEntry(interaction: InteractionState, now: number): WaitingEntry {
    return {
      interactionId: interaction.request.id,
      version: interaction.version,
      urgent: now >= interaction.urgentAt,
      deadline: interaction.deadline,
      priority: interaction.priority,
      queuedAt: interaction.request.queuedAt,
      seq: interaction.seq,
    };
  }

  private unplace(interaction: InteractionState): void {
    if (interaction.placement !== undefined) this.queues.leave(interaction.placement, interaction.request.id);
    delete interaction.placement;
    interaction.version += 1;
  }

  private forget(interaction: InteractionState): void {
    this.unplace(interaction);
    this.interactions.delete(interaction.request.id);
    const pq = interaction.personalQueue;
    if (pq) this.personalQueuesByAgent.get(pq.agentId)?.delete(interaction.request.id);
  }

  /** Taking an interaction is the agent's latest interaction: its idle time starts again (VCC's rule). */
  private occupy(agent: AgentState, interactionId: string, type: InteractionType, at: number): void {
    agent.load += this.shares[type];
    if (type === 'live') agent.live += 1;
    agent.interactions.set(interactionId, type);
    agent.idleSince = at;
    this.agents.refresh(agent, true);
  }

  private release(agent: AgentState, interactionId: string, type: InteractionType, at: number): void {
    if (!agent.interactions.delete(interactionId)) return;
    agent.load -= this.shares[type];
    if (type === 'live') agent.live -= 1;
    agent.idleSince = at;
  }

  private markAgent(agent: AgentState, idleChanged: boolean): void {
    if (this.agents.refresh(agent, idleChanged)) this.dirtyAgents.add(agent.id);
  }

  /** The personal-queue clock that runs follows the target agent's presence; it expires when it runs out. */
  private switchPersonalQueueClocks(agentId: string, running: Presence, at: number): void {
    for (const interactionId of this.personalQueuesByAgent.get(agentId) ?? []) {
      const interaction = this.interactions.get(interactionId);
      const pq = interaction?.personalQueue;
      if (!interaction || !pq || pq.expired || pq.running === running) continue;
      pq.usedMs[pq.running] += at - pq.since;
      pq.running = running;
      pq.since = at;
      this.checkPersonalQueue(interaction, at);
      if (interaction.status === 'waiting') {
        this.placeWaiting(interaction, at);
        this.markInteraction(interaction, at);
      }
    }
  }

  private checkPersonalQueue(interaction: InteractionState, at: number): void {
    const pq = interaction.personalQueue;
    if (!pq || pq.expired) return;
    const expiresAt = pq.since + pq.budgetMs[pq.running] - pq.usedMs[pq.running];
    if (expiresAt <= at) pq.expired = true;
    else this.wakeups.schedule(expiresAt, 'personal-queue-expiry', interaction.request.id);
  }

  private agentOrThrow(agentId: string, at: number): AgentState {
    this.advance(at);
    const agent = this.agents.agents.get(agentId);
    if (!agent) throw new Error(`unknown agent ${agentId}`);
    return agent;
  }

  private interactionOrThrow(interactionId: string): InteractionState {
    const interaction = this.interactions.get(interactionId);
    if (!interaction) throw new Error(`unknown interaction ${interactionId}`);
    return interaction;
  }
}

interface CandidatePool {
  agents: ReadonlySet<AgentState>;
  /** The mandatory skill the pool was taken from; agents without it are counted as missing it. */
  viaSkill: string | undefined;
  available: number;
}

function missingSkillPassOvers(pool: CandidatePool, missing: ReadonlyMap<string, number>): PassedOver[] {
  const passOvers: PassedOver[] = [];
  if (pool.viaSkill !== undefined && pool.available > pool.agents.size) {
    passOvers.push({ reason: 'missing-skill', skill: pool.viaSkill, count: pool.available - pool.agents.size });
  }
  for (const [skill, count] of missing) passOvers.push({ reason: 'missing-skill', skill, count });
  return passOvers;
}

const scoreless = (
  agent: AgentState,
): { agentId: string; optionalMatches: number; skillLevel: number; idleSince: number } => ({
  agentId: agent.id,
  optionalMatches: 0,
  skillLevel: 0,
  idleSince: agent.idleSince,
});
