import { providerSettingsOf, type AgentConfig, type TenantConfig, type WorkbinConfig } from '@switchboard/config';
import type {
  AgentSkill,
  AgentStateChange,
  AgentView,
  DomainEvent,
  InteractionSnapshot,
  ProviderSettings,
  RoutingExplanation,
  WorkbinRef,
} from '@switchboard/contracts';
import { RoutingEngine, type RoutableInteraction, type RoutingEngineSnapshot } from '@switchboard/routing';
import { agentViewOf, routingAfter, type RoutedReadiness } from './agent-view.js';
import { RequestLedger, type FirstOutcome, type LedgerEntry } from './request-ledger.js';

/** An offer made for an interaction, with why: kept with the interaction. */
export interface DecisionRecord {
  eventId: string;
  offeredAt: string;
  agentId: string;
  explanation: RoutingExplanation;
}

export interface InteractionRecord {
  snapshot: InteractionSnapshot;
  decisions: DecisionRecord[];
  /** When it came into the system (ICWS Eic_InitiationTime), epoch ms. */
  createdAt: number;
  /** When its agent last took it (accepted, connected, pulled), while an agent has it (ICWS Eic_ConnectTime). */
  connectedAt?: number;
}

/** Which workbin a configured one is for an agent: its own of an agent workbin, or the shared queue workbin. */
export const workbinRefOf = (config: WorkbinConfig, agentId: string): WorkbinRef =>
  config.scope === 'agent' ? { name: config.name, ownerAgentId: agentId } : { name: config.name };

const workbinKey = (ref: WorkbinRef): string => `${ref.name.toLowerCase()}\u0000${ref.ownerAgentId ?? ''}`;

/**
 * A tenant's state as plain data (Maps and Sets included) for v8's serializer: what the events folded, never what
 * the tenant file says — agents, workbins and the file's providers come from the configuration it is restored with.
 * It shares the state's objects: serialize it before the state changes.
 */
export interface TenantStateSnapshot {
  interactions: Map<string, InteractionRecord>;
  byExternalId: Map<string, string>;
  /** The request-id ledger's entries (those of a snapshot taken before outcomes were recorded carry no action). */
  processedRequests: Map<string, LedgerEntry>;
  pausedInPlan: Set<string>;
  held: Set<string>;
  parked: Set<string>;
  parkedIn: Map<string, WorkbinRef>;
  parkedByWorkbin: Map<string, Set<string>>;
  workbinSubscribers: Map<string, Set<string>>;
  /** Providers registered (settings) or removed (null) through the API, by name: laid over the tenant file's. */
  providerChanges: Map<string, ProviderSettings | null>;
  lastInteractionNumber: number;
  engine: RoutingEngineSnapshot;
}

/** Switchboard's interaction ids are numeric strings, as ICWS clients expect. */
const FIRST_INTERACTION_NUMBER = 100_000_000;
/** How long an agent has to accept an offer when the plan's ACD applet does not say. */
export const DEFAULT_OFFER_TIMEOUT_SECONDS = 30;

/** What the routing engine needs of an interaction snapshot. */
export function routableOf(
  snapshot: InteractionSnapshot,
  agentIdOf: (username: string) => string | undefined,
): RoutableInteraction {
  const pqAgent = snapshot.personalQueue ? agentIdOf(snapshot.personalQueue.agent) : undefined;
  return {
    id: snapshot.id,
    type: snapshot.interactionType,
    queuedAt: Date.parse(snapshot.queuedAt),
    skills: snapshot.skills,
    ...(snapshot.priority === undefined ? {} : { priority: snapshot.priority }),
    ...(snapshot.routingMode === undefined ? {} : { ranking: snapshot.routingMode }),
    ...(snapshot.slaSeconds === undefined ? {} : { sla: { targetSeconds: snapshot.slaSeconds } }),
    ...(snapshot.personalQueue && pqAgent !== undefined
      ? {
          personalQueue: {
            agentId: pqAgent,
            loggedInTimeoutSeconds: snapshot.personalQueue.loggedInTimeoutSeconds,
            loggedOutTimeoutSeconds: snapshot.personalQueue.loggedOutTimeoutSeconds,
          },
        }
      : {}),
    offerTimeoutMs: (snapshot.offerTimeoutSeconds ?? DEFAULT_OFFER_TIMEOUT_SECONDS) * 1000,
    wrapUpMs: (snapshot.wrapUpSeconds ?? 0) * 1000,
  };
}

/**
 * One tenant's state, and nothing but the fold of its domain events: `apply` is the only writer, so replaying
 * the event log rebuilds exactly what was there before a crash — the routing engine's timers included.
 */
export class TenantState {
  readonly interactions = new Map<string, InteractionRecord>();
  readonly engine: RoutingEngine;
  private readonly byExternalId = new Map<string, string>();
  /** The VCC request ids processed, with their first outcomes. */
  readonly requests: RequestLedger;
  private readonly agentConfigs = new Map<string, AgentConfig>();
  private readonly agentIdsByUsername = new Map<string, string>();
  private readonly pausedInPlan = new Set<string>();
  private readonly held = new Set<string>();
  /** Held interactions that were parked (ICWS park): still the agent's, shown as Parked. */
  private readonly parked = new Set<string>();
  private readonly workbinConfigs = new Map<string, WorkbinConfig>();
  /** Where each parked interaction is; it is out of routing meanwhile. */
  private readonly parkedIn = new Map<string, WorkbinRef>();
  /** The same, by workbin: each workbin's interactions in the order they were parked. */
  private readonly parkedByWorkbin = new Map<string, Set<string>>();
  private readonly workbinSubscribers = new Map<string, Set<string>>();
  /** Providers by name: the tenant file's, then as registered and removed through the API. */
  readonly providers = new Map<string, ProviderSettings>();
  private readonly providerChanges = new Map<string, ProviderSettings | null>();
  private lastInteractionNumber = FIRST_INTERACTION_NUMBER;
  readonly tenant: string;

  /** With `saved`, the state of a snapshot (taken at `at`) for this configuration; otherwise the state before any event. */
  constructor(
    config: TenantConfig,
    requestIdRetentionMs: number,
    saved?: { snapshot: TenantStateSnapshot; at: number },
  ) {
    this.tenant = config.id;
    this.requests = new RequestLedger(requestIdRetentionMs);
    for (const agent of config.agents) {
      this.agentConfigs.set(agent.id, agent);
      this.agentIdsByUsername.set(agent.username.toLowerCase(), agent.id);
    }
    for (const provider of config.providers) this.providers.set(provider.name, providerSettingsOf(provider));
    for (const workbin of config.workbins) this.workbinConfigs.set(workbin.name.toLowerCase(), workbin);
    const roster = config.agents.map((agent) => ({ id: agent.id, skills: agent.skills }));
    this.engine = saved
      ? RoutingEngine.restore(roster, { capacity: config.capacity }, saved.snapshot.engine, saved.at)
      : new RoutingEngine(roster, { capacity: config.capacity });
    if (saved) this.takeOver(saved.snapshot);
  }

  snapshot(): TenantStateSnapshot {
    return {
      interactions: this.interactions,
      byExternalId: this.byExternalId,
      processedRequests: this.requests.entries,
      pausedInPlan: this.pausedInPlan,
      held: this.held,
      parked: this.parked,
      parkedIn: this.parkedIn,
      parkedByWorkbin: this.parkedByWorkbin,
      workbinSubscribers: this.workbinSubscribers,
      providerChanges: this.providerChanges,
      lastInteractionNumber: this.lastInteractionNumber,
      engine: this.engine.snapshot(),
    };
  }

  private takeOver(saved: TenantStateSnapshot): void {
    const copy = <K, V>(from: ReadonlyMap<K, V>, to: Map<K, V>): void => {
      for (const [key, value] of from) to.set(key, value);
    };
    copy(saved.interactions, this.interactions);
    copy(saved.byExternalId, this.byExternalId);
    copy(saved.processedRequests, this.requests.entries);
    for (const id of saved.pausedInPlan) this.pausedInPlan.add(id);
    for (const id of saved.held) this.held.add(id);
    for (const id of saved.parked) this.parked.add(id);
    copy(saved.parkedIn, this.parkedIn);
    copy(saved.parkedByWorkbin, this.parkedByWorkbin);
    copy(saved.workbinSubscribers, this.workbinSubscribers);
    for (const [name, provider] of saved.providerChanges) this.changeProvider(name, provider);
    this.lastInteractionNumber = saved.lastInteractionNumber;
  }

  private changeProvider(name: string, provider: ProviderSettings | null): void {
    this.providerChanges.set(name, provider);
    if (provider) this.providers.set(name, provider);
    else this.providers.delete(name);
  }

  nextInteractionId(): string {
    return String(this.lastInteractionNumber + 1);
  }

  interactionByExternalId(externalId: string): InteractionRecord | undefined {
    const id = this.byExternalId.get(externalId);
    return id === undefined ? undefined : this.interactions.get(id);
  }

  agentIdOf(username: string): string | undefined {
    return this.agentIdsByUsername.get(username.toLowerCase());
  }

  agentConfig(agentId: string): AgentConfig | undefined {
    return this.agentConfigs.get(agentId);
  }

  /** The agent's skills with their levels, as routing weighs them (the tenant file's). */
  agentSkills(agentId: string): AgentSkill[] {
    return Object.entries(this.agentConfigs.get(agentId)?.skills ?? {}).map(([name, level]) => ({ name, level }));
  }

  agentView(agentId: string): AgentView | undefined {
    const config = this.agentConfigs.get(agentId);
    const routing = this.engine.agent(agentId);
    return config && routing ? agentViewOf(config, routing) : undefined;
  }

  /** The agent's view once routing makes the change, for the event that makes it; none for an agent removed since. */
  agentViewAfter(agentId: string, change: RoutedReadiness): AgentView | undefined {
    const config = this.agentConfigs.get(agentId);
    const routing = this.engine.agent(agentId);
    return config && routing ? agentViewOf(config, routingAfter(routing, change)) : undefined;
  }

  apply(event: DomainEvent): void {
    const at = Date.parse(event.occurredAt);
    switch (event.type) {
      case 'interaction.queued':
        this.upsert(event.data.interaction, at);
        this.pausedInPlan.delete(event.data.interaction.id);
        this.engine.enqueue(this.routable(event.data.interaction), at);
        return;
      case 'interaction.plan-paused':
        this.upsert(event.data.interaction, at);
        this.pausedInPlan.add(event.data.interaction.id);
        return;
      case 'interaction.plan-step-completed':
        this.upsert(event.data.interaction, at);
        this.pausedInPlan.delete(event.data.interaction.id);
        return;
      case 'interaction.offered': {
        const { interaction, agentId, explanation } = event.data;
        this.interactions
          .get(interaction.id)
          ?.decisions.push({ eventId: event.id, offeredAt: event.occurredAt, agentId, explanation });
        // an agent removed from the configuration since is offered nothing: the interaction waits on
        if (this.agentConfigs.has(agentId))
          this.engine.offer(interaction.id, agentId, at, Date.parse(event.data.leaseUntil));
        return;
      }
      case 'interaction.accepted':
        if (this.engine.interaction(event.data.interaction.id, at)?.status === 'offered')
          this.engine.accept(event.data.interaction.id, at);
        this.markConnected(event.data.interaction.id, at);
        return;
      case 'interaction.rejected':
      case 'interaction.offer-timed-out':
        this.engine.returnToQueue(event.data.interaction.id, at, true);
        return;
      case 'interaction.offer-revoked':
      case 'interaction.cancelled':
        this.offAgent(event.data.interaction.id);
        this.engine.returnToQueue(event.data.interaction.id, at, false);
        return;
      case 'interaction.placed-in-workbin':
        // Parked: out of routing, so its agent's capacity is free; its data stays with it.
        this.unhold(event.data.interaction.id);
        this.engine.remove(event.data.interaction.id, at);
        this.upsert(event.data.interaction, at);
        this.park(event.data.interaction.id, event.data.workbin);
        return;
      case 'interaction.pulled-from-workbin':
        this.unpark(event.data.interaction.id);
        this.connectTo(event.data.interaction, event.data.agentId, at);
        return;
      case 'agent.workbin-subscription-changed':
        this.changeWorkbinSubscription(event.data.workbin, event.data.agentId, event.data.subscribed);
        return;
      case 'interaction.connected':
        // straight to the agent, without an offer: out of any queue it waited in first
        this.engine.remove(event.data.interaction.id, at);
        this.upsert(event.data.interaction, at);
        this.connectTo(event.data.interaction, event.data.agentId, at);
        return;
      case 'interaction.controlled':
        this.upsert(event.data.interaction, at);
        return;
      case 'agent.workbin-listed':
      case 'session.queue-subscription-changed':
      case 'session.queue-contents':
      case 'session.interaction-watch-changed':
      case 'session.interaction-changed':
      case 'session.closed':
        return;
      case 'interaction.completed':
        this.engine.complete(event.data.interaction.id, at);
        this.forget(event.data.interaction);
        return;
      case 'interaction.released':
        this.engine.remove(event.data.interaction.id, at);
        this.forget(event.data.interaction);
        this.requests.remember(event.data.requestId, releaseOutcome(event.data.interaction), at);
        return;
      case 'interaction.user-data-changed':
        this.upsert(event.data.interaction, at);
        return;
      case 'interaction.held':
        this.held.add(event.data.interaction.id);
        if (event.data.parked === true) this.parked.add(event.data.interaction.id);
        else this.parked.delete(event.data.interaction.id);
        return;
      case 'interaction.retrieved':
        this.unhold(event.data.interaction.id);
        return;
      case 'interaction.transferred':
        this.offAgent(event.data.interaction.id);
        this.engine.returnToQueue(event.data.interaction.id, at, false);
        if (this.agentConfigs.has(event.data.toAgentId)) {
          this.engine.offer(event.data.interaction.id, event.data.toAgentId, at, Date.parse(event.data.leaseUntil));
        }
        return;
      case 'interaction.route-transferred':
        // Off the agent and out of routing: the new route's plan queues it again (or pauses or releases it).
        this.offAgent(event.data.interaction.id);
        this.engine.remove(event.data.interaction.id, at);
        this.upsert(event.data.interaction, at);
        return;
      case 'agent.wrap-up-ended':
        if (this.agentConfigs.has(event.data.agentId)) this.engine.endWrapUp(event.data.agentId, at);
        return;
      case 'agent.state-changed':
        if (event.data.channel !== undefined && this.agentConfigs.has(event.data.agent.id)) {
          this.engine.setChannelReady(event.data.agent.id, event.data.channel, event.data.change === 'ready', at);
        } else {
          this.applyAgentChange(event.data.change, event.data.agent, at);
        }
        return;
      case 'provider.registered':
        this.changeProvider(event.data.provider.name, event.data.provider);
        return;
      case 'provider.removed':
        this.changeProvider(event.data.name, null);
        return;
    }
  }

  private applyAgentChange(change: AgentStateChange, agent: AgentView, at: number): void {
    if (!this.agentConfigs.has(agent.id)) return; // removed from config since; its history no longer matters
    switch (change) {
      case 'login':
        this.engine.logIn(agent.id, at);
        return;
      case 'logout':
        this.engine.logOut(agent.id, at);
        return;
      case 'ready':
        this.engine.setReady(agent.id, at);
        return;
      case 'not-ready':
        this.engine.setNotReady(agent.id, agent.notReadyReason ?? 'not ready', at);
        return;
    }
  }

  /** The workbin an agent means by a name: its own of an agent workbin, or the shared queue workbin. */
  workbin(agentId: string, name: string): WorkbinRef | undefined {
    const config = this.workbinConfigs.get(name.toLowerCase());
    return config ? workbinRefOf(config, agentId) : undefined;
  }

  workbinConfigList(): readonly WorkbinConfig[] {
    return [...this.workbinConfigs.values()];
  }

  workbinOf(interactionId: string): WorkbinRef | undefined {
    return this.parkedIn.get(interactionId);
  }

  /** The interactions parked in a workbin, oldest parked first. */
  workbinContent(ref: WorkbinRef): InteractionSnapshot[] {
    return [...(this.parkedByWorkbin.get(workbinKey(ref)) ?? [])].flatMap((id) => {
      const record = this.interactions.get(id);
      return record ? [record.snapshot] : [];
    });
  }

  private park(interactionId: string, ref: WorkbinRef): void {
    this.parkedIn.set(interactionId, ref);
    const key = workbinKey(ref);
    const ids = this.parkedByWorkbin.get(key) ?? new Set<string>();
    ids.add(interactionId);
    this.parkedByWorkbin.set(key, ids);
  }

  private unpark(interactionId: string): void {
    const ref = this.parkedIn.get(interactionId);
    if (!ref) return;
    this.parkedIn.delete(interactionId);
    const key = workbinKey(ref);
    const ids = this.parkedByWorkbin.get(key);
    ids?.delete(interactionId);
    if (ids?.size === 0) this.parkedByWorkbin.delete(key);
  }

  workbinSubscribersOf(ref: WorkbinRef): string[] {
    return [...(this.workbinSubscribers.get(workbinKey(ref)) ?? [])];
  }

  private changeWorkbinSubscription(ref: WorkbinRef, agentId: string, subscribed: boolean): void {
    const key = workbinKey(ref);
    const subscribers = this.workbinSubscribers.get(key) ?? new Set<string>();
    if (subscribed) subscribers.add(agentId);
    else subscribers.delete(agentId);
    if (subscribers.size === 0) this.workbinSubscribers.delete(key);
    else this.workbinSubscribers.set(key, subscribers);
  }

  private routable(interaction: InteractionSnapshot): RoutableInteraction {
    return routableOf(interaction, (username) => this.agentIdOf(username));
  }

  isHeld(interactionId: string): boolean {
    return this.held.has(interactionId);
  }

  /** Parked with ICWS park (held, shown as Parked); a workbin is `workbinOf`. */
  isParked(interactionId: string): boolean {
    return this.parked.has(interactionId);
  }

  private unhold(interactionId: string): void {
    this.held.delete(interactionId);
    this.parked.delete(interactionId);
  }

  /**
   * The agent has the interaction, without an offer. An agent removed from the configuration since the event was
   * logged cannot take it: it waits to be routed again, so a replay still starts.
   */
  private connectTo(interaction: InteractionSnapshot, agentId: string, at: number): void {
    if (this.agentConfigs.has(agentId)) this.engine.connect(this.routable(interaction), agentId, at);
    else this.engine.enqueue(this.routable(interaction), at);
    this.markConnected(interaction.id, at);
  }

  private markConnected(interactionId: string, at: number): void {
    const record = this.interactions.get(interactionId);
    if (record) record.connectedAt = at;
  }

  /** No agent has it any more: it waits, or is offered afresh. */
  private offAgent(interactionId: string): void {
    this.unhold(interactionId);
    const record = this.interactions.get(interactionId);
    if (record) delete record.connectedAt;
  }

  /** Interactions whose plan waits on a data connector call. */
  pausedInteractions(): ReadonlySet<string> {
    return this.pausedInPlan;
  }

  private upsert(interaction: InteractionSnapshot, at: number): void {
    const record = this.interactions.get(interaction.id);
    if (record) record.snapshot = interaction;
    else this.interactions.set(interaction.id, { snapshot: interaction, decisions: [], createdAt: at });
    if (interaction.externalId !== undefined) this.byExternalId.set(interaction.externalId, interaction.id);
    this.requests.remember(interaction.requestId, dispatchOutcome(interaction), at);
    this.lastInteractionNumber = Math.max(this.lastInteractionNumber, Number(interaction.id));
  }

  private forget(interaction: InteractionSnapshot): void {
    const { id, externalId } = interaction;
    this.pausedInPlan.delete(id);
    this.unhold(id);
    this.unpark(id);
    if (externalId !== undefined && this.byExternalId.get(externalId) === id) this.byExternalId.delete(externalId);
    this.interactions.delete(id);
  }
}

/** A snapshot's request id is its dispatch's: what the dispatch answered. */
const dispatchOutcome = ({ id, externalId }: InteractionSnapshot): FirstOutcome => ({
  action: 'dispatch',
  interactionId: id,
  ...(externalId === undefined ? {} : { externalId }),
});

/** What a release by the API answered: the interaction it released, by the externalid it named. */
const releaseOutcome = ({ id, externalId }: InteractionSnapshot): FirstOutcome => ({
  action: 'release',
  interactionId: id,
  ...(externalId === undefined ? {} : { externalId }),
});
