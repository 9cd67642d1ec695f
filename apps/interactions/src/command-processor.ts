import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@switchboard/bus';
import type { CommandFailure } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import type { Clock } from './domain/clock.js';
import type { Decide } from './domain/decision.js';
import { failure } from './domain/domain-failure.js';
import { KeyedSerialQueue } from './infrastructure/keyed-serial-queue.js';
import { CLOCK, EVENT_STORE, LOGGER } from './infrastructure/tokens.js';
import { GroupCommit } from './group-commit.js';
import { TenantRegistry, type Tenant } from './tenant-registry.js';
import { AppliedInPartError, runCommand, type WriteOutcome } from './write-path.js';

/** setTimeout's ceiling; a later timer is simply re-armed when it fires. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/**
 * The write path: each tenant's commands are decided one after another in memory (`runCommand`: decide → apply →
 * routing → projections), and their events are group-committed to JetStream: while one batch is being stored, the
 * commands decided meanwhile wait together for the next. A command is answered only once the batch holding its events
 * is stored, so a reply is only ever sent for something already in the log, and an acknowledged request survives a
 * crash of this service.
 *
 * It also owns the service's one timer: armed for the earliest routing timer of any tenant (offer leases,
 * wrap-ups, skill and personal-queue expiries, SLA urgency), it runs routing when that time comes.
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
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly settledListeners: (() => void)[] = [];

  constructor(
    private readonly registry: TenantRegistry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.commits = new GroupCommit((events) => this.store.publishAll(events), {
      failed: (tenant, error) => {
        this.stale.add(tenant);
        this.logger.error({ err: error, tenant }, 'a batch of domain events could not be stored; its commands failed and the tenant is rebuilt');
      },
      followedNotStored: (tenant, { projection, events }, error, now) => {
        projection.notStored(events, now);
        this.logger.warn({ err: error, tenant, events: events.length }, 'a projection could not store what it derived; it retries later');
      },
    });
  }

  async execute<R>(tenant: string, decide: Decide<R, Tenant>): Promise<R | CommandFailure> {
    // decided in the tenant's turn; the turn ends once its events wait for a batch, so the next command is decided
    // while they are being stored
    const { reply, stored } = await this.queue.run(tenant, () => this.decide(tenant, decide));
    await stored;
    // not after a failure: a timer re-armed at once would retry a routing the log refuses, and rebuild, in a loop
    this.armTimer();
    for (const listener of this.settledListeners) listener();
    return reply;
  }

  private async decide<R>(tenant: string, decide: Decide<R, Tenant>): Promise<{ reply: R | CommandFailure; stored: Promise<void> }> {
    if (this.stale.has(tenant)) {
      await this.commits.idle(tenant); // the log settled: nothing of the tenant still in flight
      await this.rebuild(tenant);
    }
    const entry = this.registry.get(tenant);
    if (!entry) return { reply: failure('invalid_command', `unknown tenant "${tenant}"`), stored: Promise.resolve() };
    const now = this.clock.now();
    // the entry as it is now, in the tenant's turn: a rebuild replaces its projections
    let outcome: WriteOutcome<R>;
    try {
      outcome = runCommand(entry, (state) => decide(state, entry.catalog, now, entry), now, (event) => this.store.tooLarge(event));
    } catch (error) {
      // memory may be half changed and none of it is stored: the log is the truth
      if (error instanceof AppliedInPartError) this.stale.add(tenant);
      throw error;
    }
    // refused before anything was applied: memory and log still agree, and nothing is owed
    if (outcome.kind === 'refused') return { reply: outcome.reply, stored: this.commits.add(tenant, { domain: [], followed: [], now }) };
    for (const { error, events } of outcome.troubles) {
      this.logger.warn({ err: error, tenant, events: events.length }, 'a projection could not store what it derived; it retries later');
    }
    if (outcome.unstorable) {
      this.stale.add(tenant);
      throw outcome.unstorable;
    }
    const stored = this.commits.add(tenant, { domain: outcome.domain, followed: outcome.followed, now });
    stored.catch(() => undefined); // awaited by `execute` as soon as the turn ends; this only keeps Node from warning before
    return { reply: outcome.reply, stored };
  }

  /** Called after every command has been committed: for work that follows state, like data connector calls. */
  onSettled(listener: () => void): void {
    this.settledListeners.push(listener);
  }

  /** Runs routing for every tenant, e.g. after a restore or when a timer is due. */
  async routeAll(): Promise<void> {
    for (const tenant of this.registry.tenantIds()) {
      await this.execute(tenant, () => ({ events: [], reply: undefined }));
    }
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private armTimer(): void {
    if (this.stopped) return;
    const due = this.registry
      .tenantIds()
      .flatMap((tenant) => {
        const entry = this.registry.get(tenant);
        return entry ? [entry.state.engine.nextTimerAt(), ...entry.projections.map((projection) => projection.nextRetryAt())] : [];
      })
      .filter((at): at is number => at !== undefined);
    clearTimeout(this.timer);
    if (due.length === 0) return;
    const delay = Math.min(Math.max(0, Math.min(...due) - this.clock.now()), MAX_TIMER_DELAY_MS);
    this.timer = setTimeout(() => {
      this.routeAll().catch((error: unknown) => {
        this.logger.error({ err: error }, 'routing on a timer failed');
      });
    }, delay);
    this.timer.unref();
  }

  private async rebuild(tenant: string): Promise<void> {
    this.logger.warn({ tenant }, 'rebuilding a tenant from the event log: its memory went ahead of the log');
    await this.registry.restoreTenant(tenant);
    this.stale.delete(tenant);
  }
}

