import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Registry } from 'prom-client';
import {
  DurableEventConsumer,
  LeaseBucket,
  SharedLogDecoder,
  SingleActive,
  type NatsConnection,
} from '@switchboard/bus';
import type { DomainEvent, ProviderSettings } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { callbackMetrics, type CallbackMetrics } from '../metrics/callback-metrics.js';
import type { NotifierEnv } from '../notifier.env.js';
import { ENV, LOGGER, METRICS, NATS_CONNECTION, RETRY_POLICY } from '../tokens.js';
import { CallbackSender } from './callback-sender.js';
import { DeadLetterStore } from './dead-letter-store.js';
import { ProviderDirectory } from './provider-directory.js';
import { providerCallbackOf, type ProviderCallback } from './provider-notification.js';
import { retryDelayMs, type RetryPolicy } from './retry-policy.js';

const DURABLE_NAME = 'callbacks';
/** Interactions whose callbacks may be in hand at once; each interaction's stay in order. */
const IN_HAND = 256;
/** The bucket of the lease that makes one notifier the sender of every provider callback. */
export const CALLBACK_SENDER_BUCKET = 'SB_CALLBACK_SENDER';
const SENDER_KEY = 'callbacks';

/**
 * Delivers provider callbacks from the event log: its own durable consumer, so a provider that is down slows
 * no CometD notification. Callbacks of one interaction go out in order (a chain per interaction); a failed one
 * is retried with backoff and jitter, then dead-lettered; the event is acknowledged only after that, so a crash
 * loses no callback: the consumer's short ack wait (renewed while a callback is in hand, however long its
 * retries take) has the events of a crashed instance delivered again within seconds, before newer ones, and
 * they are sent again with the same notificationid. A callback the provider took just before the crash is
 * therefore sent twice: providers drop duplicates by notificationid.
 *
 * One notifier sends them all, the one holding a lease (SingleActive); the others stand by to take over. A durable
 * consumer shared by several live instances splits the events between them, and an interaction's callbacks, sent by
 * two instances each retrying on its own, reached the provider out of order (Release before AssignToAgent: found by
 * the chaos suite). The next holder's consumer is handed the events the previous one had in hand before newer ones.
 */
@Injectable()
export class CallbackDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private consumer: DurableEventConsumer | undefined;
  private sender: SingleActive | undefined;
  private readonly chains = new Map<string, Promise<void>>();
  /** Aborts the retries' waits of the deliveries in hand when this instance stops sending. */
  private stopping = new AbortController();
  private readonly reported: CallbackMetrics;

  constructor(
    @Inject(ENV) private readonly env: NotifierEnv,
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly directory: ProviderDirectory,
    private readonly callbacks: CallbackSender,
    private readonly deadLetters: DeadLetterStore,
    @Inject(RETRY_POLICY) private readonly policy: RetryPolicy,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(METRICS) metrics: Registry,
    private readonly decoder: SharedLogDecoder,
  ) {
    this.reported = callbackMetrics(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    const bucket = await LeaseBucket.open(this.connection, {
      bucket: CALLBACK_SENDER_BUCKET,
      ttlMs: this.env.NOTIFIER_LEASE_TTL_SECONDS * 1000,
    });
    this.sender = new SingleActive(
      bucket,
      SENDER_KEY,
      this.env.NOTIFIER_INSTANCE_ID,
      { start: () => this.startSending(), stop: () => this.stopSending() },
      this.logger,
    );
    await this.sender.begin();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.sender?.end();
  }

  /** Whether this instance sends the provider callbacks now. */
  get sending(): boolean {
    return this.sender?.active ?? false;
  }

  private async startSending(): Promise<void> {
    this.stopping = new AbortController();
    const consumer = new DurableEventConsumer(this.connection, DURABLE_NAME, this.logger, {
      maxAckPending: IN_HAND,
      decoder: this.decoder,
    });
    this.consumer = consumer;
    await consumer.start((event, seq) => this.handle(event, seq));
  }

  /** What is in hand is given up unacknowledged: the next holder is handed it again, before anything newer. */
  private async stopSending(): Promise<void> {
    this.stopping.abort();
    await this.consumer?.stop();
    this.consumer = undefined;
  }

  private handle(event: DomainEvent, seq: number): Promise<void> {
    const received = performance.now();
    // The directory was replayed before start-up (ProviderDirectory.replayed); from here on this and the fan-out
    // keep it current.
    this.directory.apply(event, seq);
    const callback = providerCallbackOf(event, this.directory);
    const provider = callback ? this.directory.provider(callback.tenant, callback.provider) : undefined;
    if (!callback || provider?.endpoint === undefined) return Promise.resolve();
    const { endpoint, headers } = provider;
    const key = `${callback.tenant}\u0000${callback.interactionId}`;
    const previous = this.chains.get(key) ?? Promise.resolve();
    const delivery = previous.then(() => this.deliver(callback, endpoint, headers, received));
    const tail = delivery.catch(() => undefined);
    this.chains.set(key, tail);
    void tail.then(() => {
      if (this.chains.get(key) === tail) this.chains.delete(key);
    });
    return delivery;
  }

  /** `received`: when the event arrived (performance.now()), for the delivery's duration. */
  private async deliver(
    callback: ProviderCallback,
    endpoint: string,
    headers: ProviderSettings['headers'],
    received: number,
  ): Promise<void> {
    const target = { tenant: callback.tenant, provider: callback.provider };
    let lastError = '';
    for (let attempt = 1; attempt <= this.policy.maxAttempts; attempt += 1) {
      const result = await this.callbacks.send(endpoint, headers, [callback.notification]);
      if (result.ok) {
        this.reported.delivered(target, (performance.now() - received) / 1000);
        return;
      }
      lastError = result.error;
      this.logger.warn(
        { notificationid: callback.notification.notificationid, attempt, error: lastError },
        'provider callback failed',
      );
      if (attempt < this.policy.maxAttempts) {
        this.reported.retried(target);
        // Aborted on shutdown: the event stays unacknowledged and is delivered again after the restart.
        await sleep(retryDelayMs(this.policy, attempt), undefined, { signal: this.stopping.signal });
      }
    }
    await this.deadLetters.put({
      tenant: callback.tenant,
      notificationId: callback.notification.notificationid,
      provider: callback.provider,
      endpoint,
      headers: Object.fromEntries(
        Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, value]])),
      ),
      notification: { ...callback.notification },
      attempts: this.policy.maxAttempts,
      lastError,
      failedAt: new Date().toISOString(),
    });
    this.reported.deadLettered(target);
    this.logger.error(
      { notificationid: callback.notification.notificationid, provider: callback.provider },
      'provider callback dead-lettered',
    );
  }
}
