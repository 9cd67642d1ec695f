import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EventLogAdmin, EventStore, SnapshotStore } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { EVENTS_SUBJECTS, tenantEventSubjects } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import type { Clock } from './domain/clock.js';
import {
  loggingFailures,
  writeAgentCredentials,
  type AgentCredentialsSink,
} from './infrastructure/agent-credentials-writer.js';
import {
  AGENT_CREDENTIALS,
  CLOCK,
  ENV,
  EVENT_LOG_ADMIN,
  EVENT_STORE,
  LOGGER,
  SNAPSHOT_STORE,
  TENANT_CONFIGS,
} from './infrastructure/tokens.js';
import type { InteractionsEnv } from './interactions.env.js';
import { decodeSnapshot } from './snapshots/snapshot-codec.js';
import { newTenant, type Tenant } from './tenant.js';
import { applyToTarget } from './write-path.js';

export { newTenant, type Tenant } from './tenant.js';

/** What the start used of a tenant's snapshot: the log position it holds and when it was taken. */
export interface UsedSnapshot {
  seq: number;
  takenAt: number;
}

/** A tenant as loaded before the replay of its tail, and the snapshot it came from, if any. */
interface Loaded {
  tenant: Tenant;
  snapshot: UsedSnapshot | undefined;
}

/**
 * Every tenant's catalog, state and projections: each starts from its latest snapshot (when there is a usable one)
 * and replays the events after it; they are never loaded from anywhere else.
 */
@Injectable()
export class TenantRegistry {
  private tenants = new Map<string, Tenant>();
  private used = new Map<string, UsedSnapshot>();

  constructor(
    @Inject(TENANT_CONFIGS) private readonly configs: TenantConfig[],
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SNAPSHOT_STORE) private readonly snapshots: SnapshotStore,
    @Inject(EVENT_LOG_ADMIN) private readonly log: EventLogAdmin,
    @Inject(ENV) private readonly env: InteractionsEnv,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(AGENT_CREDENTIALS) private readonly credentials?: AgentCredentialsSink,
  ) {}

  /** The gateways learn again what the tenant's log says of its agents configured live (repairs a lost write). */
  private async publishAgentChanges(tenant: Tenant): Promise<void> {
    if (!this.credentials) return;
    const sink = loggingFailures(this.credentials, this.logger);
    await writeAgentCredentials(sink, tenant.state.tenant, tenant.state.agentChanges().values());
  }

  get(tenant: string): Tenant | undefined {
    return this.tenants.get(tenant);
  }

  /**
   * The snapshots the start restored tenants from: only these hold a tenant up to their position. One that was stored
   * but ignored (another format, unreadable) holds nothing, so nothing may be purged on its account.
   */
  usedSnapshots(): ReadonlyMap<string, UsedSnapshot> {
    return this.used;
  }

  tenantIds(): string[] {
    return [...this.tenants.keys()];
  }

  /** Every tenant of the configuration, held here or not. */
  configuredIds(): string[] {
    return this.configs.map((config) => config.id);
  }

  /**
   * Loads each tenant's snapshot, claims its log (so no record of an earlier writer can land after this point), then
   * replays the log once from the earliest point one of them needs, each event applied only to a tenant whose state
   * does not hold it yet: the tenants this instance holds at its start, in one pass. Resolves with where the log
   * stood once they were claimed.
   */
  async restore(tenantIds: readonly string[]): Promise<number> {
    const started = Date.now();
    const configs = this.configs.filter((config) => tenantIds.includes(config.id));
    const loaded = await Promise.all(configs.map((config) => this.load(config)));
    const tenants = new Map(loaded.map(({ tenant }) => [tenant.state.tenant, tenant]));
    // fenced before the replay: no record of an earlier writer can land after it, so the replay holds all there is.
    // All at once: each claim is two round trips of its own, and a start of many tenants waits for the last of them.
    const claimedAt = Math.max(0, ...(await Promise.all(configs.map((config) => this.store.claim(config.id)))));
    const fromSeq = Math.min(...loaded.map(({ tenant }) => tenant.position + 1));
    for (const { tenant, snapshot } of loaded) if (snapshot) this.used.set(tenant.state.tenant, snapshot);
    const loadedMs = Date.now() - started;
    await this.reportTrimmedPast(loaded);
    // what each tenant's snapshot holds: a record up to it is in the snapshot, every event of one after it is not (a
    // record holds several events, all at one sequence)
    const heldUpTo = new Map(loaded.map(({ tenant }) => [tenant.state.tenant, tenant.position]));
    const count =
      loaded.length === 0
        ? 0
        : await this.store.replay(
            (event, seq) => {
              const tenant = tenants.get(event.tenant);
              if (!tenant || seq <= (heldUpTo.get(event.tenant) ?? 0)) return;
              applyToTarget(tenant, event);
              tenant.position = seq;
              tenant.eventsSinceSnapshot += 1;
            },
            EVENTS_SUBJECTS,
            fromSeq,
          );
    const now = this.clock.now();
    for (const [id, tenant] of tenants) {
      for (const projection of tenant.projections) projection.restored(tenant.state, now);
      this.tenants.set(id, tenant);
    }
    for (const tenant of tenants.values()) await this.publishAgentChanges(tenant);
    this.logger.info(
      {
        tenants: tenants.size,
        fromSnapshots: loaded.filter(({ snapshot }) => snapshot).length,
        snapshotsMs: loadedMs,
        fromSeq,
        events: count,
        ms: Date.now() - started,
      },
      'state restored from snapshots and the event log',
    );
    return claimedAt;
  }

  /**
   * Rebuilds one tenant from its snapshot and its own events after it: after an append of its domain events failed
   * (the other tenants' memory still matches the log, so they are neither replayed nor disturbed), or when this
   * instance takes the tenant over (`claim`: its log is fenced first, so the replay holds everything the previous
   * holder stored). Resolves with the tenant's position in the log.
   */
  async restoreTenant(tenantId: string, options: { claim: boolean }): Promise<number> {
    const config = this.configs.find((candidate) => candidate.id === tenantId);
    if (!config) return 0;
    const started = Date.now();
    const { tenant, snapshot } = await this.load(config);
    const claimedAt = options.claim ? await this.store.claim(tenantId) : 0;
    // every event of a record after the snapshot: a record holds several, all at one sequence
    const heldUpTo = tenant.position;
    const count = await this.store.replay(
      (event, seq) => {
        if (event.tenant !== tenantId || seq <= heldUpTo) return;
        applyToTarget(tenant, event);
        tenant.position = seq;
        tenant.eventsSinceSnapshot += 1;
      },
      tenantEventSubjects(tenantId),
      tenant.position + 1,
    );
    for (const projection of tenant.projections) projection.restored(tenant.state, this.clock.now());
    this.tenants.set(tenantId, tenant);
    if (snapshot) this.used.set(tenantId, snapshot);
    await this.publishAgentChanges(tenant);
    this.logger.warn(
      { tenant: tenantId, events: count, ms: Date.now() - started, claim: options.claim },
      'tenant restored from its snapshot and the event log',
    );
    return Math.max(tenant.position, claimedAt);
  }

  /** Forgets a tenant this instance no longer holds. */
  drop(tenantId: string): void {
    this.tenants.delete(tenantId);
    this.used.delete(tenantId);
  }

  /**
   * A tenant whose snapshot is older than the start of the log (none usable, after the log was trimmed: an upgrade
   * across snapshot formats, see README) misses the events purged since: said loudly, as nothing can bring them back.
   */
  private async reportTrimmedPast(loaded: readonly Loaded[]): Promise<void> {
    const { firstSeq, messages } = await this.log.extent();
    if (messages === 0 && firstSeq <= 1) return;
    for (const { tenant } of loaded) {
      if (tenant.position + 1 >= firstSeq) continue;
      this.logger.error(
        { tenant: tenant.state.tenant, heldUpTo: tenant.position, logStartsAt: firstSeq },
        'the event log was trimmed past what this tenant holds: its events before the log start, if it had any, are lost to it',
      );
    }
  }

  /** The tenant as its latest usable snapshot left it, or before any event when it has none. */
  private async load(config: TenantConfig): Promise<Loaded> {
    const retentionMs = this.env.REQUEST_ID_RETENTION_HOURS * 3_600_000;
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.snapshots.get(config.id);
    } catch (error) {
      this.logger.warn(
        { err: error, tenant: config.id },
        'the tenant snapshot could not be read; the tenant is rebuilt from the event log',
      );
    }
    if (!bytes) return { tenant: newTenant(config, retentionMs), snapshot: undefined };
    const snapshot = await decodeSnapshot(bytes, config.id);
    if (typeof snapshot === 'string') {
      this.logger.warn(
        { tenant: config.id, why: snapshot },
        'the tenant snapshot is ignored; the tenant is rebuilt from the event log',
      );
      return { tenant: newTenant(config, retentionMs), snapshot: undefined };
    }
    const tenant = newTenant(config, retentionMs, { contents: snapshot.contents, at: snapshot.takenAt });
    tenant.position = snapshot.seq;
    return { tenant, snapshot: { seq: snapshot.seq, takenAt: snapshot.takenAt } };
  }
}
