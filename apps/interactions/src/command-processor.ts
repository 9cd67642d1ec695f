import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@switchboard/bus';
import type { DomainEvent } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import type { Clock } from './domain/clock.js';
import type { Decide } from './domain/decision.js';
import { failure } from './domain/domain-failure.js';
import type { TenantState } from './domain/tenant-state.js';
import { KeyedSerialQueue } from './infrastructure/keyed-serial-queue.js';
import { CLOCK, EVENT_STORE, LOGGER } from './infrastructure/tokens.js';
import { TenantRegistry } from './tenant-registry.js';
import { routeWaitingInteractions } from './use-cases/route-waiting-interactions.js';

/**
 * The write path: decide in memory → append the events to JetStream and wait for the ack → apply them → let
 * routing react → reply. A reply is only ever sent for something already in the log, so an acknowledged
 * request survives a crash of this service.
 */
@Injectable()
export class CommandProcessor {
  private readonly queue = new KeyedSerialQueue();
  /** Set after a failed append: memory may then differ from the log, so it is rebuilt before the next command. */
  private stale = false;

  constructor(
    private readonly registry: TenantRegistry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  execute<R>(tenant: string, decide: Decide<R>): Promise<R | ReturnType<typeof failure>> {
    return this.queue.run(tenant, async () => {
      if (this.stale) await this.rebuild();
      const entry = this.registry.get(tenant);
      if (!entry) return failure('invalid_command', `unknown tenant "${tenant}"`);
      const now = this.clock.now();
      const { events, reply } = decide(entry.state, entry.catalog, now);
      await this.commit(entry.state, events);
      await this.commit(entry.state, routeWaitingInteractions(entry.state, now));
      return reply;
    });
  }

  /** Runs routing for every tenant, e.g. after a restore: routing is a function of state, so this catches up. */
  async routeAll(): Promise<void> {
    for (const tenant of this.registry.tenantIds()) {
      await this.execute(tenant, () => ({ events: [], reply: undefined }));
    }
  }

  private async commit(state: TenantState, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    try {
      await this.store.append(events);
    } catch (error) {
      // Some of the events may be stored: the log, not memory, is the truth. Rebuild before the next command.
      this.stale = true;
      throw error;
    }
    for (const event of events) state.apply(event);
  }

  private async rebuild(): Promise<void> {
    this.logger.warn('rebuilding state from the event log after a failed append');
    await this.registry.restore();
    this.stale = false;
  }
}
