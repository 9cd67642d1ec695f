import { Inject, Injectable } from '@nestjs/common';
import type { EventLogAdmin } from '@switchboard/bus';
import type { Logger } from '@switchboard/logging';
import type { Clock } from '../domain/clock.js';
import { CLOCK, ENV, EVENT_LOG_ADMIN, LOGGER } from '../infrastructure/tokens.js';
import type { InteractionsEnv } from '../interactions.env.js';
import { TenantSnapshots } from './tenant-snapshots.js';

/**
 * Trims the event log: an event is purged once it is older than the retention window and every tenant has a snapshot
 * past it, so no start needs it and the window's history is still there to read. Disk then follows traffic × window.
 */
@Injectable()
export class EventRetention {
  private readonly windowMs: number;

  constructor(
    private readonly snapshots: TenantSnapshots,
    @Inject(EVENT_LOG_ADMIN) private readonly log: EventLogAdmin,
    @Inject(ENV) env: InteractionsEnv,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.windowMs = env.EVENT_RETENTION_SECONDS * 1000;
  }

  /**
   * Purges what no one needs any more, tenant by tenant (each has its own log subjects, and only the tenants this
   * instance holds have snapshots it knows); resolves with how many messages went.
   */
  async purge(): Promise<number> {
    const positions = this.snapshots.positions();
    if (positions.size === 0) return 0;
    const windowFrom =
      (await this.log.firstSeqSince(this.clock.now() - this.windowMs)) ?? (await this.log.extent()).lastSeq + 1;
    let purged = 0;
    for (const [tenant, position] of positions) {
      // the first event a start of this tenant still needs: the one after its snapshot
      const cut = Math.min(position + 1, windowFrom);
      if (cut <= 1) continue;
      const count = await this.log.purgeTenantBefore(tenant, cut);
      if (count > 0) this.logger.info({ tenant, purged: count, before: cut, windowFrom }, 'event log trimmed');
      purged += count;
    }
    return purged;
  }
}
