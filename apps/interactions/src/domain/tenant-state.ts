import type { AgentConfig, TenantConfig, WorkbinConfig } from '@switchboard/config';
import type {
  AgentSkill,
  AgentStateChange,
  AgentView,
  DomainEvent,
  InteractionSnapshot,
  ProviderSettings,
  WorkbinRef,
} from '@switchboard/contracts';
import { RoutingEngine, type RoutableInteraction, type RoutingEngineSnapshot } from '@switchboard/routing';
import { agentViewOf, routingAfter, type RoutedReadiness } from './agent-view.js';
import { agentWithIt, isOnHold } from './interaction-lifecycle.js';
import {
  InteractionsFold,
  type InteractionRecord,
  type InteractionsSnapshot,
  type LifecycleChange,
} from './interactions-fold.js';
import * as lifecycle from './lifecycle-transitions.js';
import { ProvidersFold } from './providers-fold.js';
import { RequestLedger, type FirstOutcome, type LedgerEntry } from './request-ledger.js';
import { agentConfigOf, Roster, type RosterChange, type RosterSnapshot } from './roster.js';
import { WorkbinsFold, type WorkbinsSnapshot } from './workbins-fold.js';

export type { DecisionRecord, InteractionRecord } from './interactions-fold.js';
export { workbinRefOf } from './workbins-fold.js';

/**
 * A tenant's state as plain data (Maps and Sets included) for v8's serializer, fold by fold: what the events folded,
 * never what the tenant file says — the file's agents, workbins and providers come from the configuration it is
 * restored with, the changes made through the admin API from the snapshot. It shares the state's objects: serialize it before the state changes.
 */
export interface TenantStateSnapshot {
  /** The interactions, each with its lifecycle; their externalids; the last id given. */
  interactions: InteractionsSnapshot;
  /** Each workbin's order and subscribers. */
  workbins: WorkbinsSnapshot;
  /** Providers registered (settings) or removed (null) through the API, by name: laid over the tenant file's. */
  providerChanges: Map<string, ProviderSettings | null>;
  /** The request-id ledger's entries (those of a snapshot taken before outcomes were recorded carry no action). */
  processedRequests: Map<string, LedgerEntry>;
  /** Agents configured or removed through the admin API: laid over the tenant file's (format 4 on). */
  roster: RosterSnapshot;
  engine: RoutingEngineSnapshot;
}

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
 * the event log rebuilds exactly what was there before a crash — the routing engine's timers included. It is made
 * of folds of one job each — the interactions (each with its lifecycle), the workbins, the providers, the request-id
 * ledger — beside the roster of configured agents and the routing engine, which is routing's index (lines, capacity,
 * timers), not where an interaction's phase is read: that is its lifecycle.
 */
export class TenantState {
  readonly engine: RoutingEngine;
  /** The VCC request ids processed, with their first outcomes. */
  readonly requests: RequestLedger;
  readonly tenant: string;
  private readonly roster: Roster;
  private readonly interactionsFold = new InteractionsFold();
  private readonly workbins: WorkbinsFold;
  private readonly providersFold: ProvidersFold;

  /** With `saved`, the state of a snapshot (taken at `at`) for this configuration; otherwise the state before any event. */
  constructor(
    config: TenantConfig,
    requestIdRetentionMs: number,
    saved?: { snapshot: TenantStateSnapshot; at: number },
  ) {
    this.tenant = config.id;
    this.requests = new RequestLedger(requestIdRetentionMs);
    this.roster = new Roster(config.agents);
    if (saved) this.roster.restore(saved.snapshot.roster);
    this.providersFold = new ProvidersFold(config.providers);
    this.workbins = new WorkbinsFold(config.workbins);
    const profiles = this.roster.all().map((agent) => ({ id: agent.id, skills: agent.skills }));
    this.engine = saved
      ? RoutingEngine.restore(profiles, { capacity: config.capacity }, saved.snapshot.engine, saved.at)
      : new RoutingEngine(profiles, { capacity: config.capacity });
    if (saved) this.takeOver(saved.snapshot);
  }

  /** The interactions in the system, by id. */
  get interactions(): ReadonlyMap<string, InteractionRecord> {
    return this.interactionsFold.all;
  }

  /** Providers by name: the tenant file's, then as registered and removed through the API. */
  get providers(): ReadonlyMap<string, ProviderSettings> {
    return this.providersFold.byName;
  }

  snapshot(): TenantStateSnapshot {
    return {
      interactions: this.interactionsFold.snapshot(),
      workbins: this.workbins.snapshot(),
      providerChanges: this.providersFold.snapshot(),
      processedRequests: this.requests.entries,
      roster: this.roster.snapshot(),
      engine: this.engine.snapshot(),
    };
  }

  private takeOver(saved: TenantStateSnapshot): void {
    this.interactionsFold.restore(saved.interactions);
    this.workbins.restore(saved.workbins);
    this.providersFold.restore(saved.providerChanges);
    for (const [key, entry] of saved.processedRequests) this.requests.entries.set(key, entry);
    // an agent gone from the configuration since is gone from routing (RoutingEngine.restore): what it had waits again
    for (const [id, record] of this.interactions) {
      const agentId = agentWithIt(record.lifecycle);
      if (agentId !== undefined && !this.roster.has(agentId)) this.transition(id, lifecycle.returnToQueue);
    }
  }

  nextInteractionId(): string {
    return this.interactionsFold.nextInteractionId();
  }

  interactionByExternalId(externalId: string): InteractionRecord | undefined {
    return this.interactionsFold.byExternal(externalId);
  }

  agentIdOf(username: string): string | undefined {
    return this.roster.idOf(username);
  }

  agentConfig(agentId: string): AgentConfig | undefined {
    return this.roster.config(agentId);
  }

  /** The revision of the agent's last configuration event (the admin API's ETag); 0: as the tenant file has it. */
  agentRevision(agentId: string): number | undefined {
    return this.roster.revision(agentId);
  }

  /** The revision the next configuration event of the tenant takes. */
  nextConfigRevision(): number {
    return this.roster.nextRevision();
  }

  /** The agents configured or removed through the admin API, by id (the tenant file's others are as it says). */
  agentChanges(): ReadonlyMap<string, RosterChange> {
    return this.roster.changed();
  }

  /** Every agent as configured now, by username. */
  agentConfigs(): AgentConfig[] {
    return this.roster.all();
  }

  /** The agent's skills with their levels, as routing weighs them (the tenant file's). */
  agentSkills(agentId: string): AgentSkill[] {
    return this.roster.skills(agentId);
  }

  agentView(agentId: string): AgentView | undefined {
    const config = this.roster.config(agentId);
    const routing = this.engine.agent(agentId);
    return config && routing ? agentViewOf(config, routing) : undefined;
  }

  /** The agent's view once routing makes the change, for the event that makes it; none for an agent removed since. */
  agentViewAfter(agentId: string, change: RoutedReadiness): AgentView | undefined {
    const config = this.roster.config(agentId);
    const routing = this.engine.agent(agentId);
    return config && routing ? agentViewOf(config, routingAfter(routing, change)) : undefined;
  }

  apply(event: DomainEvent): void {
    const at = Date.parse(event.occurredAt);
    switch (event.type) {
      case 'interaction.queued':
        this.upsert(event.data.interaction, at);
        this.engine.enqueue(this.routable(event.data.interaction), at);
        this.transition(event.data.interaction.id, lifecycle.queue);
        return;
      case 'interaction.plan-paused':
        this.upsert(event.data.interaction, at);
        this.transition(event.data.interaction.id, lifecycle.pauseInPlan);
        return;
      case 'interaction.plan-step-completed':
        this.upsert(event.data.interaction, at);
        this.transition(event.data.interaction.id, lifecycle.resumePlan);
        return;
      case 'interaction.offered': {
        const { interaction, agentId, explanation } = event.data;
        this.interactionsFold.recordDecision(interaction.id, {
          eventId: event.id,
          offeredAt: event.occurredAt,
          agentId,
          explanation,
        });
        // an agent removed from the configuration since is offered nothing: the interaction waits on
        this.offer(interaction.id, agentId, at, Date.parse(event.data.leaseUntil));
        return;
      }
      case 'interaction.accepted':
        if (this.engine.interaction(event.data.interaction.id, at)?.status === 'offered')
          this.engine.accept(event.data.interaction.id, at);
        this.transition(event.data.interaction.id, (current) => lifecycle.accept(current, at));
        return;
      case 'interaction.rejected':
      case 'interaction.offer-timed-out':
        this.engine.returnToQueue(event.data.interaction.id, at, true);
        this.transition(event.data.interaction.id, lifecycle.returnToQueue);
        return;
      case 'interaction.offer-revoked':
      case 'interaction.cancelled':
        this.engine.returnToQueue(event.data.interaction.id, at, false);
        this.transition(event.data.interaction.id, lifecycle.returnToQueue);
        return;
      case 'interaction.placed-in-workbin': {
        // Parked: out of routing, so its agent's capacity is free; its data stays with it.
        const { interaction, workbin } = event.data;
        this.engine.remove(interaction.id, at);
        this.upsert(interaction, at);
        this.transition(interaction.id, (current) => lifecycle.placeInWorkbin(current, workbin));
        return;
      }
      case 'interaction.pulled-from-workbin':
        this.connectTo(event.data.interaction, event.data.agentId, at);
        return;
      case 'agent.workbin-subscription-changed':
        this.workbins.changeSubscription(event.data.workbin, event.data.agentId, event.data.subscribed);
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
        this.transition(event.data.interaction.id, event.data.parked === true ? lifecycle.park : lifecycle.hold);
        return;
      case 'interaction.retrieved':
        this.transition(event.data.interaction.id, lifecycle.retrieve);
        return;
      case 'interaction.transferred': {
        const { interaction, toAgentId, leaseUntil } = event.data;
        this.engine.returnToQueue(interaction.id, at, false);
        this.transition(interaction.id, lifecycle.returnToQueue);
        this.offer(interaction.id, toAgentId, at, Date.parse(leaseUntil));
        return;
      }
      case 'interaction.route-transferred':
        // Off the agent and out of routing: the new route's plan queues it again (or pauses or releases it).
        this.engine.remove(event.data.interaction.id, at);
        this.upsert(event.data.interaction, at);
        this.transition(event.data.interaction.id, lifecycle.enterPlan);
        return;
      case 'agent.wrap-up-ended':
        if (this.roster.has(event.data.agentId)) this.engine.endWrapUp(event.data.agentId, at);
        return;
      case 'agent.state-changed':
        if (event.data.channel !== undefined && this.roster.has(event.data.agent.id)) {
          this.engine.setChannelReady(event.data.agent.id, event.data.channel, event.data.change === 'ready', at);
        } else {
          this.applyAgentChange(event.data.change, event.data.agent, at);
        }
        return;
      case 'provider.registered':
        this.providersFold.change(event.data.provider.name, event.data.provider);
        return;
      case 'provider.removed':
        this.providersFold.change(event.data.name, null);
        return;
      case 'agent.configured':
        this.configureAgent(agentConfigOf(event.data.agent), event.data.revision, at);
        return;
      case 'agent.removed':
        this.removeAgent(event.data.agentId, event.data.username, event.data.revision, at);
        return;
    }
  }

  /** New: on the roster and in routing, logged out. Known: its skills and levels count from the next decision. */
  private configureAgent(agent: AgentConfig, revision: number, at: number): void {
    const known = this.roster.has(agent.id);
    this.roster.configure(agent, revision);
    if (known) this.engine.setSkills(agent.id, agent.skills, at);
    else this.engine.addAgent({ id: agent.id, skills: agent.skills }, at);
  }

  /**
   * Off the roster and out of routing, as a restart leaves an agent gone from the tenant file: what it still held
   * (its offers were revoked before, by their own events) waits again.
   */
  private removeAgent(agentId: string, username: string, revision: number, at: number): void {
    if (this.roster.has(agentId)) {
      for (const id of this.engine.removeAgent(agentId, at)) this.transition(id, lifecycle.returnToQueue);
    }
    this.roster.remove(agentId, username, revision);
  }

  private applyAgentChange(change: AgentStateChange, agent: AgentView, at: number): void {
    if (!this.roster.has(agent.id)) return; // removed from config since; its history no longer matters
    switch (change) {
      case 'login':
        this.engine.logIn(agent.id, at);
        return;
      case 'logout':
        // routing takes back what is only offered to the agent (RoutingEngine.logOut): it waits again
        for (const id of this.engine.agent(agent.id)?.interactions ?? [])
          if (this.interactions.get(id)?.lifecycle.phase === 'offered') this.transition(id, lifecycle.returnToQueue);
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
    return this.workbins.named(agentId, name);
  }

  workbinConfigList(): readonly WorkbinConfig[] {
    return this.workbins.configList();
  }

  /** The workbin holding the interaction, as its lifecycle says. */
  workbinOf(interactionId: string): WorkbinRef | undefined {
    return this.interactions.get(interactionId)?.lifecycle.workbin;
  }

  /** The interactions parked in a workbin, oldest parked first. */
  workbinContent(ref: WorkbinRef): InteractionSnapshot[] {
    return this.workbins.contentIds(ref).flatMap((id) => {
      const record = this.interactions.get(id);
      return record ? [record.snapshot] : [];
    });
  }

  workbinSubscribersOf(ref: WorkbinRef): string[] {
    return this.workbins.subscribersOf(ref);
  }

  /** Held by its agent: a hold or an ICWS park. */
  isHeld(interactionId: string): boolean {
    const record = this.interactions.get(interactionId);
    return record !== undefined && isOnHold(record.lifecycle);
  }

  /** Parked with ICWS park (held, shown as Parked); a workbin is `workbinOf`. */
  isParked(interactionId: string): boolean {
    return this.interactions.get(interactionId)?.lifecycle.phase === 'parked';
  }

  /** Interactions whose plan waits on a data connector call. */
  pausedInteractions(): ReadonlySet<string> {
    return this.interactionsFold.paused();
  }

  private routable(interaction: InteractionSnapshot): RoutableInteraction {
    return routableOf(interaction, (username) => this.agentIdOf(username));
  }

  /** Offered to the agent; an agent removed from the configuration since is offered nothing: it waits on. */
  private offer(interactionId: string, agentId: string, at: number, leaseUntil: number): void {
    if (!this.roster.has(agentId)) return;
    this.engine.offer(interactionId, agentId, at, leaseUntil);
    this.transition(interactionId, (current) => lifecycle.offer(current, agentId, leaseUntil));
  }

  /**
   * The agent has the interaction, without an offer. An agent removed from the configuration since the event was
   * logged cannot take it: it waits to be routed again, so a replay still starts.
   */
  private connectTo(interaction: InteractionSnapshot, agentId: string, at: number): void {
    if (this.roster.has(agentId)) {
      this.engine.connect(this.routable(interaction), agentId, at);
      this.transition(interaction.id, (current) => lifecycle.connect(current, agentId, at));
    } else {
      this.engine.enqueue(this.routable(interaction), at);
      this.transition(interaction.id, lifecycle.queue);
    }
  }

  /** The one place a lifecycle changes: the interactions fold stores it, the workbins' order follows it. */
  private transition(interactionId: string, next: Parameters<InteractionsFold['transition']>[1]): void {
    this.workbins.follow(interactionId, this.interactionsFold.transition(interactionId, next));
  }

  private upsert(interaction: InteractionSnapshot, at: number): void {
    this.interactionsFold.upsert(interaction, at);
    this.requests.remember(interaction.requestId, dispatchOutcome(interaction), at);
  }

  private forget(interaction: InteractionSnapshot): void {
    const change: LifecycleChange | undefined = this.interactionsFold.forget(interaction);
    this.workbins.follow(interaction.id, change);
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
