import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { LeaseBucket, LeaseKeeper, NOTIFIERS_BUCKET, type Lease, type NatsConnection } from '@switchboard/bus';
import type { Logger } from '@switchboard/logging';
import { notifierPublicUrl, type NotifierEnv } from '../notifier.env.js';
import { ENV, LOGGER, NATS_CONNECTION } from '../tokens.js';

/**
 * Keeps this instance registered in SB_NOTIFIERS (its id → its URL) as a lease, so that the gateways route the
 * sessions it holds to it for as long as it lives, and to another notifier once its lease lapses or it stops.
 * A registration lost (the server unreachable past the lease) is taken again at the next renewal beat.
 */
@Injectable()
export class NotifierRegistration implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private keeper: LeaseKeeper | undefined;
  private lease: Lease | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Held now: the gateways can route sessions here (what readiness reports). */
  private registered = false;
  private readonly url: string;

  constructor(
    @Inject(ENV) private readonly env: NotifierEnv,
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.url = notifierPublicUrl(env);
  }

  async onApplicationBootstrap(): Promise<void> {
    const bucket = await LeaseBucket.open(this.connection, {
      bucket: NOTIFIERS_BUCKET,
      ttlMs: this.env.NOTIFIER_LEASE_TTL_SECONDS * 1000,
    });
    this.keeper = new LeaseKeeper(bucket, {
      onLost: () => {
        this.registered = false;
        this.logger.warn({ instance: this.env.NOTIFIER_INSTANCE_ID }, 'notifier registration lost; registering again');
        this.scheduleRegister(bucket);
      },
    });
    await this.register(bucket);
  }

  /** Hands the registration back, so the gateways stop routing here at once rather than after the lease's ttl. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.keeper?.stop();
    await this.lease?.release().catch((error: unknown) => {
      this.logger.warn({ err: error }, 'notifier registration not released; it lapses after its ttl');
    });
  }

  /** Undefined while registered, else why not: a readiness check. */
  readonly readiness = (): string | undefined =>
    this.registered ? undefined : `not registered in ${NOTIFIERS_BUCKET} as ${this.env.NOTIFIER_INSTANCE_ID}`;

  private async register(bucket: LeaseBucket): Promise<void> {
    const id = this.env.NOTIFIER_INSTANCE_ID;
    // a restart under the same id (and URL) takes its registration back; a registration under another URL is another process's
    const lease = (await bucket.resume(id, this.url)) ?? (await bucket.tryAcquire(id, this.url));
    if (lease === undefined) {
      this.logger.error({ instance: id }, 'another live notifier is registered under NOTIFIER_INSTANCE_ID; retrying');
      this.scheduleRegister(bucket);
      return;
    }
    this.lease = lease;
    this.registered = true;
    this.keeper?.hold(lease);
    this.logger.info({ instance: id, url: this.url }, 'notifier registered');
  }

  private scheduleRegister(bucket: LeaseBucket): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.register(bucket).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'notifier registration failed; retrying');
        this.scheduleRegister(bucket);
      });
    }, bucket.ttlMs / 3);
  }
}
