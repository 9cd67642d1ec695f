import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { EventTooLargeError, type EventStore } from '@switchboard/bus';
import type { CommandFailure, DomainEvent } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import type { Clock } from './domain/clock.js';
import type { Decide } from './domain/decision.js';
import { failure } from './domain/domain-failure.js';
import { KeyedSerialQueue } from './infrastructure/keyed-serial-queue.js';
import { CLOCK, EVENT_STORE, LOGGER } from './infrastructure/tokens.js';
import { applyToTenant, TenantRegistry, type Tenant } from './tenant-registry.js';
import { routeDue } from './use-cases/route-due.js';

/** setTimeout's ceiling; a later timer is simply re-armed when it fires. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/**
 * The write path: decide in memory → append the events to JetStream and wait for the ack → apply them → let
 * routing react, then the projections (each one's events appended and applied too) → reply. A reply is only
 * ever sent for something already in the log, so an acknowledged request survives a crash of this service.
 *
 * It also owns the service's one timer: armed for the earliest routing timer of any tenant (offer leases,
 * wrap-ups, skill and personal-queue expiries, SLA urgency), it runs routing when that time comes.
 */
@Injectable()
export class CommandProcessor implements OnApplicationShutdown {
  private readonly queue = new KeyedSerialQueue();
  /**
   * Tenants whose domain events failed to append: their memory may differ from the log, so each is rebuilt (alone)
   * before its next command.
   */
  private readonly stale = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly settledListeners: (() => void)[] = [];

  constructor(
    private readonly registry: TenantRegistry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute<R>(tenant: string, decide: Decide<R, Tenant>): Promise<R | CommandFailure> {
    const result = await this.queue.run(tenant, async () => {
      if (this.stale.has(tenant)) await this.rebuild(tenant);
      const entry = this.registry.get(tenant);
      if (!entry) return failure('invalid_command', `unknown tenant "${tenant}"`);
      const now = this.clock.now();
      // the entry as it is now, in the tenant's turn: a rebuild after a failed append replaces its projections
      const { events, reply } = decide(entry.state, entry.catalog, now, entry);
      try {
        await this.append(tenant, events, 'untouched');
      } catch (error) {
        // refused before anything was stored or applied: the command is simply not done
        if (error instanceof EventTooLargeError) return failure('invalid_command', `the request is too large to store: ${error.message}`);
        throw error;
      }
      for (const event of events) applyToTenant(entry, event);
      const routed = routeDue(entry.state, now); // applied to the state as routing decides
      await this.append(tenant, routed, 'changed');
      const committed = [...events, ...routed];
      for (const event of routed) for (const projection of entry.projections) projection.apply(event);
      await this.followProjections(entry, committed, now);
      return reply;
    });
    this.armTimer();
    for (const listener of this.settledListeners) listener();
    return result;
  }

  /**
   * What the projections (e.g. ICWS queue subscriptions) derive from the committed events. The command is done
   * whatever happens here: a failure is logged, never turned into a failed reply for something already in the log.
   * Nor does it mark the tenant stale: the domain is intact, and a rebuild would owe every subscription a snapshot
   * again — the loop of issue 11. The projection repairs what it owes itself, with a backoff (`notStored`).
   */
  private async followProjections(entry: Tenant, committed: readonly DomainEvent[], now: number): Promise<void> {
    for (const projection of entry.projections) {
      let followed: DomainEvent[] = [];
      try {
        followed = projection.follow(entry.state, committed, now);
        await this.store.append(followed);
      } catch (error) {
        projection.notStored(followed, now);
        this.logger.warn({ err: error, tenant: entry.state.tenant, events: followed.length }, 'a projection could not store what it derived; it retries later');
        continue;
      }
      for (const event of followed) applyToTenant(entry, event);
    }
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

  /**
   * Appends a tenant's domain events; a failure leaves that tenant (only) to be rebuilt before its next command —
   * unless nothing was stored and memory was not changed ahead of the log (`memory: 'untouched'`).
   */
  private async append(tenant: string, events: readonly DomainEvent[], memory: 'untouched' | 'changed'): Promise<void> {
    if (events.length === 0) return;
    try {
      await this.store.append(events);
    } catch (error) {
      // refused whole before anything was published, and nothing applied yet: memory and log still agree
      if (error instanceof EventTooLargeError && memory === 'untouched') throw error;
      // Some of the events may be stored: the log, not memory, is the truth.
      this.stale.add(tenant);
      throw error;
    }
  }

  private async rebuild(tenant: string): Promise<void> {
    this.logger.warn({ tenant }, 'rebuilding a tenant from the event log after a failed append');
    await this.registry.restoreTenant(tenant);
    this.stale.delete(tenant);
  }
}

