import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import type { Registry } from 'prom-client';
import { EventTooLargeError, StaleHoldingError, TenantFencedError, type EventStore } from '@switchboard/bus';
import type { CommandFailure, DomainEvent } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import type { Clock } from './domain/clock.js';
import type { Decide } from './domain/decision.js';
import { failure } from './domain/domain-failure.js';
import { GroupCommit } from './group-commit.js';
import { KeyedSerialQueue } from './infrastructure/keyed-serial-queue.js';
import { TenantTimers } from './infrastructure/tenant-timers.js';
import { CLOCK, EVENT_STORE, LOGGER, METRICS } from './infrastructure/tokens.js';
import { timedAppends } from './metrics/append-metrics.js';
import { ContactCenterMetrics } from './metrics/contact-center-metrics.js';
import { routingDecisionTimer, type RoutingDecisionTimer } from './metrics/routing-metrics.js';
import { TenantRegistry, type Tenant } from './tenant-registry.js';
import { AppliedInPartError, runCommand, type Followed, type WriteOutcome } from './write-path.js';

/**
 * The command's events were not stored, or not known to be (the log refused them, timed out, or could not be read for a
 * rebuild): the client cannot know the outcome, and a retry (with the same requestid) settles it. Answered as the
 * domain failure `log_unavailable`, which each dialect renders as its "unavailable, retry".
 */
function logUnavailable(error: unknown): RpcException {
  const why = error instanceof Error ? error.message : String(error);
  return new RpcException({
    code: 'log_unavailable',
    message: `the event log did not confirm this command (${why}); its outcome is unknown: retry it`,
  });
}

/** A tenant whose routing on a timer failed (its log refused it) is retried after this, doubling up to the max. */
const TIMER_RETRY_BASE_MS = 1_000;
const TIMER_RETRY_MAX_MS = 30_000;

/**
 * The write path: each tenant's commands are decided one after another in memory (`runCommand`: decide → apply →
 * routing → projections), and their events are group-committed to JetStream: while one batch is being stored, the
 * commands decided meanwhile wait together for the next. A command is answered only once the batch holding its events
 * is stored, so a reply is only ever sent for something already in the log, and an acknowledged request survives a
 * crash of this service.
 *
 * It also keeps each tenant's routing timer (offer leases, wrap-ups, skill and personal-queue expiries, SLA urgency,
 * projection repairs): re-armed from that tenant alone after each of its commands, and running routing for that tenant
 * alone when it is due, so a command costs the same with 1 tenant or 1,000.
 */
@Injectable()
export class CommandProcessor implements OnApplicationShutdown {
  private readonly queue = new KeyedSerialQueue();
  /**
   * Tenants whose memory went ahead of the log (a batch of their domain events failed to store, or routing made an
   * event the log cannot take): each is rebuilt (alone) from the log before its next command.
   */
  private readonly stale = new Set<string>();
  private readonly commits: GroupCommit;
  private readonly timers: TenantTimers;
  /** How many times in a row routing on a timer failed, per tenant: its retries back off. */
  private readonly timerFailures = new Map<string, number>();
  private readonly settledListeners: ((tenant: string) => void)[] = [];
  private readonly fencedListeners: ((tenant: string) => void)[] = [];
  /** The highest stream sequence this service has stored an event at: every tenant's state is complete up to it. */
  private logPosition = 0;
  private readonly timeDecision: RoutingDecisionTimer;

  constructor(
    private readonly registry: TenantRegistry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(METRICS) metrics: Registry,
    private readonly contactCenter: ContactCenterMetrics,
  ) {
    this.timeDecision = routingDecisionTimer(metrics);
    const publish = timedAppends((events, holding) => this.store.publishAll(events, { holding }), metrics);
    this.commits = new GroupCommit(publish, {
      stored: (tenant, lastSeq, events) => {
        const entry = this.registry.get(tenant);
        if (entry) {
          entry.position = Math.max(entry.position, lastSeq);
          entry.eventsSinceSnapshot += events;
        }
        this.logPosition = Math.max(this.logPosition, lastSeq);
      },
      failed: (tenant, error) => {
        this.stale.add(tenant);
        if (error instanceof TenantFencedError) {
          // another instance holds the tenant now: not rebuilt here, given up
          this.logger.warn({ err: error, tenant }, 'the log refused a batch: another instance took the tenant over');
          for (const listener of this.fencedListeners) listener(tenant);
          return;
        }
        if (error instanceof StaleHoldingError) {
          // decided under a holding given up since: its commands fail, and those behind it decided on the memory read
          // at the new claim are retried after a rebuild
          this.logger.warn(
            { err: error, tenant },
            'a batch decided before this instance claimed the tenant again is not stored',
          );
          return;
        }
        this.logger.error(
          { err: error, tenant },
          'a batch of domain events could not be stored; its commands failed and the tenant is rebuilt',
        );
      },
      followedNotStored: (tenant, { projection, events }, error, now) => {
        projection.notStored(events, now);
        this.logger.warn(
          { err: error, tenant, events: events.length },
          'a projection could not store what it derived; it retries later',
        );
      },
    });
    this.timers = new TenantTimers(clock, (tenant) => {
      this.route(tenant).then(
        () => this.timerFailures.delete(tenant),
        (error: unknown) => {
          if (!this.registry.get(tenant)) return; // no longer held here: its new holder routes it
          // a successful command re-arms the tenant's timer; without one, its due timers would wait for ever
          const failures = (this.timerFailures.get(tenant) ?? 0) + 1;
          this.timerFailures.set(tenant, failures);
          const retryInMs = Math.min(TIMER_RETRY_BASE_MS * 2 ** (failures - 1), TIMER_RETRY_MAX_MS);
          this.logger.error({ err: error, tenant, retryInMs }, 'routing on a timer failed; it is retried');
          this.timers.schedule(tenant, this.clock.now() + retryInMs);
        },
      );
    });
  }

  async execute<R>(tenant: string, decide: Decide<R, Tenant>): Promise<R | CommandFailure> {
    const replies = await this.executeAll(tenant, [decide]);
    return replies[0] as R | CommandFailure; // one command, one reply (R may itself be undefined)
  }

  /**
   * Commands of one tenant decided in order in one turn, each with its own reply (one refused does not stop the next),
   * and stored in one append: a batch from one client (a VCC Invoke) costs one wait for the log, not one per command.
   * If one of them leaves memory ahead of the log, none is answered as done.
   */
  async executeAll<R>(tenant: string, decides: readonly Decide<R, Tenant>[]): Promise<(R | CommandFailure)[]> {
    // decided in the tenant's turn; the turn ends once its events wait for a batch, so the next command is decided
    // while they are being stored
    let turn: { replies: (R | CommandFailure)[]; stored: Promise<void> };
    try {
      turn = await this.queue.run(tenant, () => this.decideAll(tenant, decides));
    } catch (error) {
      // a defect of the domain stays one; anything else in the turn (the rebuild of a stale tenant) needed the log
      if (error instanceof AppliedInPartError || error instanceof EventTooLargeError) throw error;
      throw logUnavailable(error);
    }
    try {
      await turn.stored;
    } catch (error) {
      throw logUnavailable(error);
    }
    const { replies } = turn;
    // not after a failure: a timer re-armed at once would retry a routing the log refuses, and rebuild, in a loop
    this.armTimer(tenant);
    for (const listener of this.settledListeners) listener(tenant);
    return replies;
  }

  /**
   * Runs `read` in the tenant's turn once nothing of it is in flight, so what it reads is exactly what the log holds up
   * to the returned position: no event of the tenant after it is stored or decided. Undefined when the tenant's memory
   * is ahead of the log (a rebuild is owed) or the tenant is unknown.
   */
  async readSettled<T>(
    tenant: string,
    read: (entry: Tenant, position: number) => T | Promise<T>,
  ): Promise<T | undefined> {
    return this.queue.run(tenant, async () => {
      await this.commits.idle(tenant);
      const entry = this.registry.get(tenant);
      if (!entry || this.stale.has(tenant)) return undefined;
      // This service holds the tenant (its lease, its fence in the log) and its turn: any later event of the tenant
      // comes after this. The position is the tenant's own, never this service's (all tenants'): a service paused past
      // its lease and resumed, not knowing yet, has stored another tenant's records after the new holder's first ones
      // of this tenant, and a snapshot marked at that position would have a restore skip those records.
      return await read(entry, entry.position);
    });
  }

  /**
   * Reads the tenant's memory showing only what the log holds, never what a failed batch would take back: at once when
   * nothing of the tenant is being stored (memory and log agree: every change of memory goes to the group commit in
   * the same synchronous stretch), otherwise in the tenant's turn once what is in flight is stored; a tenant whose
   * memory went ahead of the log is rebuilt from it first. `read` is given undefined when the tenant is not held here.
   */
  async read<T>(tenant: string, read: (entry: Tenant | undefined) => T): Promise<T> {
    if (!this.stale.has(tenant) && !this.commits.busy(tenant)) return read(this.registry.get(tenant));
    try {
      return await this.queue.run(tenant, async () => {
        await this.commits.idle(tenant);
        if (this.stale.has(tenant) && this.registry.get(tenant)) await this.rebuild(tenant);
        return read(this.registry.get(tenant));
      });
    } catch (error) {
      throw logUnavailable(error);
    }
  }

  /** The highest stream sequence known stored: where the log stood at the restore, moved on by every batch since. */
  get position(): number {
    return this.logPosition;
  }

  private async decideAll<R>(
    tenant: string,
    decides: readonly Decide<R, Tenant>[],
  ): Promise<{ replies: (R | CommandFailure)[]; stored: Promise<void> }> {
    if (this.stale.has(tenant)) {
      await this.commits.idle(tenant); // the log settled: nothing of the tenant still in flight
      await this.rebuild(tenant);
    }
    const entry = this.registry.get(tenant);
    if (!entry) {
      // a tenant of the configuration another instance holds (or will, once its lease is taken): retry there
      if (this.registry.configuredIds().includes(tenant))
        throw new Error(`tenant "${tenant}" is not held by this instance`);
      return {
        replies: decides.map(() => failure('invalid_command', `unknown tenant "${tenant}"`)),
        stored: Promise.resolve(),
      };
    }
    const now = this.clock.now();
    // the holding the decisions are made under: if the tenant is given up and claimed again before they are stored,
    // they were decided on memory the new holding no longer has, and are not stored
    const holding = this.store.holding(tenant);
    const replies: (R | CommandFailure)[] = [];
    const domain: DomainEvent[] = [];
    const followed: Followed[] = [];
    for (const decide of decides) {
      // the entry as it is now, in the tenant's turn: a rebuild replaces its projections
      const outcome = this.runOne(tenant, entry, decide, now);
      replies.push(outcome.reply);
      // refused before anything was applied: memory and log still agree, and nothing is owed
      if (outcome.kind === 'refused') continue;
      domain.push(...outcome.domain);
      followed.push(...outcome.followed);
    }
    // a command with no events waits too: it read memory that may be ahead of the log
    const stored = this.commits.add(tenant, { domain, followed, now, holding });
    // counted once in the log, so the counters say what happened; the rejection is awaited by `executeAll` as soon as
    // the turn ends, and handled here only to keep Node from warning before
    void stored.then(
      () => {
        this.contactCenter.counted(domain);
      },
      () => undefined,
    );
    return { replies, stored };
  }

  /** One command's pure write path; throws, with the tenant marked stale, when memory may now be ahead of the log. */
  private runOne<R>(tenant: string, entry: Tenant, decide: Decide<R, Tenant>, now: number): WriteOutcome<R> {
    let outcome: WriteOutcome<R>;
    try {
      outcome = runCommand(
        entry,
        (state) => decide(state, entry.catalog, now, entry),
        now,
        (event) => this.store.tooLarge(event),
        this.timeDecision,
      );
    } catch (error) {
      // memory may be half changed and none of it is stored: the log is the truth
      if (error instanceof AppliedInPartError) this.stale.add(tenant);
      throw error;
    }
    if (outcome.kind === 'refused') return outcome;
    for (const { error, events } of outcome.troubles) {
      this.logger.warn(
        { err: error, tenant, events: events.length },
        'a projection could not store what it derived; it retries later',
      );
    }
    if (outcome.unstorable) {
      this.stale.add(tenant);
      throw outcome.unstorable;
    }
    return outcome;
  }

  /**
   * Called after each command of a tenant has been committed, with that tenant: for work that follows its state, like
   * data connector calls and snapshots.
   */
  onSettled(listener: (tenant: string) => void): void {
    this.settledListeners.push(listener);
  }

  /** Called when the log refused a tenant's batch because another instance claimed the tenant. */
  onFenced(listener: (tenant: string) => void): void {
    this.fencedListeners.push(listener);
  }

  /**
   * Starts serving a tenant just restored (at start, at a takeover): its position noted, routing caught up (which also
   * arms its timer).
   */
  async adopt(tenant: string, position: number): Promise<void> {
    this.logPosition = Math.max(this.logPosition, position);
    this.stale.delete(tenant);
    await this.route(tenant);
  }

  /** Stops everything this service does on its own for a tenant it no longer holds: its timer, its retries. */
  forget(tenant: string): void {
    this.timers.schedule(tenant, undefined);
    this.timerFailures.delete(tenant);
    this.stale.delete(tenant);
  }

  /** Resolves once nothing of the tenant is waiting for the log or being stored. */
  async settled(tenant: string): Promise<void> {
    await this.queue.run(tenant, () => this.commits.idle(tenant));
  }

  onApplicationShutdown(): void {
    this.timers.stop();
  }

  /** A command that decides nothing, so routing runs for the tenant (its due timers come out as decisions). */
  private async route(tenant: string): Promise<void> {
    await this.execute(tenant, () => ({ events: [], reply: undefined }));
  }

  /** Re-arms the tenant's timer from its own engine and projections alone. */
  private armTimer(tenant: string): void {
    const entry = this.registry.get(tenant);
    let due = entry?.state.engine.nextTimerAt();
    for (const projection of entry?.projections ?? []) {
      const at = projection.nextRetryAt();
      if (at !== undefined && (due === undefined || at < due)) due = at;
    }
    this.timers.schedule(tenant, due);
  }

  private async rebuild(tenant: string): Promise<void> {
    this.logger.warn({ tenant }, 'rebuilding a tenant from the event log: its memory went ahead of the log');
    await this.registry.restoreTenant(tenant, { claim: false });
    this.stale.delete(tenant);
  }
}
