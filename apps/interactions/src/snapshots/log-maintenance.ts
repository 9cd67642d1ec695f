import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from '@switchboard/logging';
import { ENV, LOGGER } from '../infrastructure/tokens.js';
import type { InteractionsEnv } from '../interactions.env.js';
import { EventRetention } from './event-retention.js';
import { TenantSnapshots } from './tenant-snapshots.js';

/**
 * The log's housekeeping on a timer: snapshots of tenants no command woke, then the retention purge. One sweep at a
 * time; a failed one is logged and the next goes on.
 */
@Injectable()
export class LogMaintenance implements OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  constructor(
    private readonly snapshots: TenantSnapshots,
    private readonly retention: EventRetention,
    @Inject(ENV) private readonly env: InteractionsEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts the sweeps (after the restore), the first at once. */
  start(): void {
    this.timer = setInterval(() => {
      this.sweep();
    }, this.env.LOG_MAINTENANCE_SECONDS * 1000);
    this.timer.unref();
    this.sweep();
  }

  /** Resolves when the sweep under way (if any) is done. */
  async idle(): Promise<void> {
    await this.sweeping;
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private sweep(): void {
    if (this.sweeping) return;
    this.sweeping = this.run()
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'log maintenance failed; the next sweep tries again');
      })
      .finally(() => {
        this.sweeping = undefined;
      });
  }

  private async run(): Promise<void> {
    this.snapshots.considerAll();
    await this.snapshots.settled();
    await this.retention.purge();
  }
}
