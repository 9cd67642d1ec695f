import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { LeaseBucket, LeaseKeeper, type EventStore, type Lease, type NatsConnection } from '@switchboard/bus';
import type { Logger } from '@switchboard/logging';
import { CommandProcessor } from '../command-processor.js';
import { ENV, EVENT_STORE, LOGGER, NATS_CONNECTION, TENANT_SERVER } from '../infrastructure/tokens.js';
import type { InteractionsEnv } from '../interactions.env.js';
import { TenantSnapshots } from '../snapshots/tenant-snapshots.js';
import { TenantRegistry } from '../tenant-registry.js';
import type { TenantOwnedNatsServer } from './tenant-owned-server.js';

/** How often free tenants are looked for, at most: a third of the TTL when that is shorter. */
const MAX_SCAN_EVERY_MS = 1_000;
/**
 * How long after its start an instance leaves the free tenants it does not prefer to the instances that do (the TTL
 * when shorter): instances deployed together start within seconds of each other.
 */
const PLACEMENT_GRACE_MS = 3_000;

/**
 * Which tenants this instance serves: each by a lease in the SB_LEASES bucket (one holder at a time, renewed, freed by
 * its TTL when the holder dies), each fenced in the log by a claim (EventStore.claim), so that a holder that lost its
 * lease without knowing (paused, cut off) cannot write once the next one took over.
 *
 * Placement: an instance takes the tenants it prefers (PREFERRED_TENANTS; all when unset) as soon as they are free, and
 * any other free tenant once it has run for a few seconds (the others started meanwhile took what they prefer), so
 * a tenant goes to the instance that prefers it when that instance is up, and to any instance when it is not. A
 * tenant is not moved back when its preferred instance joins later (no rebalancing): it moves when its holder stops,
 * which hands it over at once (see the shutdown), or dies. A process restarted under its predecessor's INSTANCE_ID
 * takes back at once what that one held.
 */
@Injectable()
export class TenantOwnership implements BeforeApplicationShutdown {
  private readonly owner: string;
  private readonly ttlMs: number;
  private readonly leases = new Map<string, Lease>();
  /** Tenants being taken over or given up: the scan leaves them alone. */
  private readonly changing = new Set<string>();
  private bucket: LeaseBucket | undefined;
  private keeper: LeaseKeeper | undefined;
  private scan: NodeJS.Timeout | undefined;
  private scanning = false;
  private startedAt = 0;

  constructor(
    private readonly registry: TenantRegistry,
    private readonly processor: CommandProcessor,
    private readonly snapshots: TenantSnapshots,
    @Inject(TENANT_SERVER) private readonly server: TenantOwnedNatsServer,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    @Inject(ENV) private readonly env: InteractionsEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.owner = store.writer;
    this.ttlMs = env.LEASE_TTL_SECONDS * 1000;
    processor.onFenced((tenant) => {
      void this.giveUp(tenant, 'another instance claimed it in the log');
    });
  }

  /**
   * Takes the free tenants this instance prefers and restores them in one pass of the log, serves them, then keeps
   * looking for free tenants. Called once the transport is listening (serving subscribes on it).
   */
  async start(): Promise<void> {
    const bucket = await LeaseBucket.open(this.connection, { ttlMs: this.ttlMs });
    this.bucket = bucket;
    this.keeper = new LeaseKeeper(bucket, {
      onLost: (tenant) => {
        void this.giveUp(tenant, 'its lease could not be renewed');
      },
    });
    // what this instance's previous process held (a restart under the same name), then the free tenants it prefers;
    // every tenant at once, as each is a round trip or two of its own
    const leases = await Promise.all(
      this.registry
        .configuredIds()
        .map(
          async (tenant) =>
            (await bucket.resume(tenant, this.owner)) ??
            (this.prefers(tenant) ? bucket.tryAcquire(tenant, this.owner) : undefined),
        ),
    );
    const taken: string[] = [];
    for (const lease of leases) {
      if (!lease) continue;
      this.hold(lease);
      taken.push(lease.key);
    }
    const position = await this.registry.restore(taken);
    this.snapshots.loadRestored(taken);
    for (const tenant of taken) {
      await this.processor.adopt(tenant, position);
      this.server.serve(tenant);
    }
    this.logger.info(
      { owner: this.owner, tenants: taken, leaseTtlMs: this.ttlMs },
      'serving the tenants this instance holds',
    );
    this.startedAt = Date.now();
    this.scan = setInterval(
      () => {
        void this.takeFreeTenants();
      },
      Math.min(this.ttlMs / 3, MAX_SCAN_EVERY_MS),
    );
    this.scan.unref();
  }

  /** The tenants this instance holds now. */
  held(): string[] {
    return [...this.leases.keys()];
  }

  /** Hands every tenant back at once, so another instance takes them now instead of after the TTL. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.scan);
    for (const tenant of [...this.leases.keys()]) await this.giveUp(tenant, 'this instance stops', { handBack: true });
    this.keeper?.stop();
  }

  private prefers(tenant: string): boolean {
    return this.env.PREFERRED_TENANTS.length === 0 || this.env.PREFERRED_TENANTS.includes(tenant);
  }

  private hold(lease: Lease): void {
    this.leases.set(lease.key, lease);
    this.keeper?.hold(lease);
  }

  private async takeFreeTenants(): Promise<void> {
    const bucket = this.bucket;
    if (this.scanning || !bucket) return;
    this.scanning = true;
    try {
      // the instances started with this one had their chance to take what they prefer
      const othersHadTheirChance = Date.now() - this.startedAt >= Math.min(this.ttlMs, PLACEMENT_GRACE_MS);
      const wanted = (tenant: string): boolean =>
        !this.leases.has(tenant) && !this.changing.has(tenant) && (this.prefers(tenant) || othersHadTheirChance);
      // only the tenants it would take are asked about: none when it holds them all
      const candidates = this.registry.configuredIds().filter(wanted);
      if (candidates.length === 0) return;
      const free = await bucket.freeAmong(candidates);
      for (const tenant of candidates) {
        // asked again: a tenant may have been taken over or given up meanwhile
        if (!free.has(tenant) || !wanted(tenant)) continue;
        const lease = await bucket.tryAcquire(tenant, this.owner);
        if (lease) await this.takeOver(lease);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'looking for free tenants failed; tried again shortly');
    } finally {
      this.scanning = false;
    }
  }

  /** Restores a tenant whose lease was just taken — fenced first, so it holds all its previous holder stored — and serves it. */
  private async takeOver(lease: Lease): Promise<void> {
    const tenant = lease.key;
    this.changing.add(tenant);
    this.hold(lease);
    const started = Date.now();
    try {
      const position = await this.registry.restoreTenant(tenant, { claim: true });
      this.snapshots.loadRestored([tenant]);
      await this.processor.adopt(tenant, position);
      this.server.serve(tenant);
      this.logger.warn({ tenant, owner: this.owner, ms: Date.now() - started }, 'tenant taken over');
    } catch (error) {
      this.logger.error({ err: error, tenant }, 'taking a tenant over failed; it is handed back');
      this.changing.delete(tenant);
      await this.giveUp(tenant, 'its takeover failed', { handBack: true });
      return;
    }
    this.changing.delete(tenant);
  }

  /**
   * Stops serving a tenant: no more of its requests taken, nothing more of it written (its fence dropped), its memory
   * and timers gone. `handBack` also releases the lease, when it is still ours, so that another instance takes it now.
   */
  private async giveUp(tenant: string, why: string, options: { handBack?: boolean } = {}): Promise<void> {
    const lease = this.leases.get(tenant);
    if (!lease) return;
    this.leases.delete(tenant);
    this.keeper?.drop(tenant);
    this.changing.add(tenant);
    try {
      await this.server.stopServing(tenant);
      if (options.handBack) await this.processor.settled(tenant);
      this.store.release(tenant);
      this.processor.forget(tenant);
      this.registry.drop(tenant);
      this.snapshots.loadRestored([tenant]);
      if (options.handBack) await lease.release();
      this.logger.warn({ tenant, owner: this.owner, why }, 'tenant no longer served here');
    } finally {
      this.changing.delete(tenant);
    }
  }
}
