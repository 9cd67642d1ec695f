import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, SnapshotStore } from '@switchboard/bus';
import type { Logger } from '@switchboard/logging';
import { CommandProcessor } from '../command-processor.js';
import type { Clock } from '../domain/clock.js';
import { CLOCK, ENV, EVENT_STORE, LOGGER, SNAPSHOT_STORE } from '../infrastructure/tokens.js';
import type { InteractionsEnv } from '../interactions.env.js';
import { TenantRegistry } from '../tenant-registry.js';
import { contentsOf } from '../tenant.js';
import { encodeSnapshot, SNAPSHOT_FORMAT } from './snapshot-codec.js';
import { snapshotDue, type SnapshotMark, type SnapshotPolicyOptions } from './snapshot-policy.js';

const NONE: SnapshotMark = { seq: 0, takenAt: 0 };

/**
 * Takes each tenant's snapshots: after a command of the tenant when the policy says one is due, and on the
 * maintenance sweep for tenants no command wakes. The state is encoded in the tenant's turn, with nothing of it in
 * flight, so the snapshot holds exactly the log up to its position: the tenant's commands wait for it, but it is
 * written in slices, so the process renews its leases and serves its other tenants meanwhile (a tenant of 300,000
 * waiting interactions takes seconds, longer than a lease). Storing it happens outside the turn.
 */
@Injectable()
export class TenantSnapshots {
  private readonly marks = new Map<string, SnapshotMark>();
  private readonly taking = new Map<string, Promise<unknown>>();
  private readonly policy: SnapshotPolicyOptions;

  constructor(
    private readonly processor: CommandProcessor,
    private readonly registry: TenantRegistry,
    @Inject(SNAPSHOT_STORE) private readonly store: SnapshotStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(ENV) env: InteractionsEnv,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.policy = { everyEvents: env.SNAPSHOT_EVERY_EVENTS, maxAgeMs: env.SNAPSHOT_MAX_AGE_SECONDS * 1000 };
    processor.onSettled((tenant) => {
      this.consider(tenant);
    });
  }

  /**
   * Learns the snapshots the tenants were restored from (after their restore: at start, at a takeover), not what the
   * store lists: a stored snapshot the restore ignored holds nothing, and counting it would let retention purge what
   * the tenant's state was rebuilt from. A tenant no longer held here is forgotten.
   */
  loadRestored(tenants: readonly string[]): void {
    for (const tenant of tenants) {
      const mark = this.registry.usedSnapshots().get(tenant);
      if (mark) this.marks.set(tenant, mark);
      // none: its age counts from now, or every start would snapshot each such tenant at once
      else if (this.registry.get(tenant)) this.marks.set(tenant, { seq: 0, takenAt: this.clock.now() });
      else this.marks.delete(tenant);
    }
  }

  /** Each configured tenant's snapshot position (0: none): the log before the lowest is needed by no start. */
  positions(): Map<string, number> {
    return new Map(this.registry.tenantIds().map((tenant) => [tenant, this.marks.get(tenant)?.seq ?? 0]));
  }

  /** Takes the tenant's snapshot if one is due and none is being taken. */
  consider(tenant: string): void {
    const entry = this.registry.get(tenant);
    if (!entry || this.taking.has(tenant)) return;
    const progress = {
      position: this.processor.position,
      eventsSinceSnapshot: entry.eventsSinceSnapshot,
      size: entry.state.interactions.size,
    };
    if (!snapshotDue(this.marks.get(tenant) ?? NONE, progress, this.clock.now(), this.policy)) return;
    const taking = this.take(tenant)
      .catch((error: unknown) => {
        this.logger.warn({ err: error, tenant }, 'a tenant snapshot could not be taken; the next one is tried later');
      })
      .finally(() => this.taking.delete(tenant));
    this.taking.set(tenant, taking);
  }

  considerAll(): void {
    for (const tenant of this.registry.tenantIds()) this.consider(tenant);
  }

  /** Resolves once no snapshot is being taken (shutdown, tests). */
  async settled(): Promise<void> {
    await Promise.all(this.taking.values());
  }

  /** Takes the tenant's snapshot now; resolves with its mark, or undefined when the tenant cannot be read now. */
  async take(tenant: string): Promise<SnapshotMark | undefined> {
    const started = Date.now();
    // the tenant's turn is held until its contents are written, in slices: its commands wait, the process goes on
    const encoded = await this.processor.readSettled(tenant, async (entry, position) => {
      const takenAt = this.clock.now();
      const bytes = await encodeSnapshot({
        format: SNAPSHOT_FORMAT,
        tenant,
        seq: position,
        takenAt,
        contents: contentsOf(entry),
      });
      return { bytes, mark: { seq: position, takenAt }, entry, eventsHeld: entry.eventsSinceSnapshot };
    });
    if (!encoded) {
      this.logger.info(
        { tenant },
        'no tenant snapshot taken: its memory is ahead of the log (a rebuild is owed) or it is not held here',
      );
      return undefined;
    }
    // a tenant another instance took over meanwhile is its snapshot to take: this one's position may be past that
    // instance's first records (it is where this instance's log stood, all tenants together)
    if (!(await this.events.stillHolds(tenant))) {
      this.logger.warn(
        { tenant },
        "no tenant snapshot taken: the tenant's log no longer ends in this instance's records",
      );
      return undefined;
    }
    const encodedMs = Date.now() - started;
    if (!(await this.store.put({ tenant, ...encoded.mark }, encoded.bytes))) {
      this.logger.warn(
        { tenant, seq: encoded.mark.seq },
        'no tenant snapshot taken: the stored one holds more of the log',
      );
      return undefined;
    }
    this.marks.set(tenant, encoded.mark);
    // what the snapshot holds a start no longer replays; events stored since its read still count. A tenant rebuilt
    // meanwhile counted its own replay from the snapshot it was rebuilt from.
    if (this.registry.get(tenant) === encoded.entry) encoded.entry.eventsSinceSnapshot -= encoded.eventsHeld;
    this.logger.info(
      { tenant, seq: encoded.mark.seq, bytes: encoded.bytes.byteLength, encodeMs: encodedMs, ms: Date.now() - started },
      'tenant snapshot taken',
    );
    return encoded.mark;
  }
}
