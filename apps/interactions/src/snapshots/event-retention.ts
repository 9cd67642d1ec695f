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

  /** Purges what no one needs any more; resolves with how many events went. */
  async purge(): Promise<number> {
    const positions = [...this.snapshots.positions().values()];
    // the first event some start still needs: the one after the oldest snapshot
    const neededFrom = positions.length === 0 ? undefined : Math.min(...positions) + 1;
    if (neededFrom === undefined || neededFrom <= 1) return 0;
    const extent = await this.log.extent();
    const windowFrom = (await this.log.firstSeqSince(this.clock.now() - this.windowMs)) ?? extent.lastSeq + 1;
    const cut = Math.min(neededFrom, windowFrom);
    if (cut <= extent.firstSeq) return 0;
    const purged = await this.log.purgeBefore(cut);
    this.logger.info({ purged, before: cut, neededFrom, windowFrom }, 'event log trimmed');
    return purged;
  }
}
