import type { Subscription } from '@nats-io/transport-node';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { answerBusRequests, type NatsConnection } from '@switchboard/bus';
import {
  busRequestChannelsByOwner,
  BusValidator,
  type BusRequestChannelOf,
  type BusRequestMap,
  type ProviderNotification,
} from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { LOGGER, NATS_CONNECTION } from '../tokens.js';
import { CallbackSender } from './callback-sender.js';
import { DeadLetterStore } from './dead-letter-store.js';

/** Any notifier instance may answer: the dead letters are in a shared bucket. */
const QUEUE_GROUP = 'notifier-admin';

/** The bus requests the notifier answers: those the contract's `x-owner` gives to `notifier`. */
type NotifierChannel = BusRequestChannelOf<'notifier'>;

/** One handler for each of them (typecheck refuses a missing or a foreign one), typed by its channel. */
type NotifierHandlers = {
  readonly [K in NotifierChannel]: (
    tenant: string,
    request: BusRequestMap[K]['request'],
  ) => Promise<BusRequestMap[K]['reply']>;
};

/** Answers the admin's dead-letter queries and re-drives over the bus: the notifier's channels of the contract. */
@Injectable()
export class DeadLetterAdmin implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly subscriptions: Subscription[] = [];
  private readonly validator = new BusValidator();

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly sender: CallbackSender,
    private readonly store: DeadLetterStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const handlers: NotifierHandlers = {
      callbackDeadLetters: async (tenant) => {
        const letters = await this.store.list(tenant);
        return { ok: true, deadLetters: letters.map(({ tenant: _tenant, headers: _headers, ...letter }) => letter) };
      },
      callbackRedrive: (tenant, { notificationId }) => this.redrive(tenant, notificationId),
    };
    for (const channel of busRequestChannelsByOwner.notifier) this.answer(channel, handlers[channel]);
  }

  onApplicationShutdown(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  private async redrive(tenant: string, notificationId: string): Promise<BusRequestMap['callbackRedrive']['reply']> {
    const letter = await this.store.get(tenant, notificationId);
    if (!letter)
      return {
        ok: false,
        error: { code: 'dead_letter_not_found', message: `no dead-lettered callback ${notificationId}` },
      };
    const result = await this.sender.send(letter.endpoint, letter.headers, [
      letter.notification as unknown as ProviderNotification,
    ]);
    if (result.ok) {
      await this.store.delete(tenant, notificationId);
      return { ok: true, notificationId };
    }
    await this.store.put({
      ...letter,
      attempts: letter.attempts + 1,
      lastError: result.error,
      failedAt: new Date().toISOString(),
    });
    return { ok: false, error: { code: 'delivery_failed', message: `the provider did not take it: ${result.error}` } };
  }

  private answer<K extends NotifierChannel>(channel: K, handle: NotifierHandlers[K]): void {
    this.subscriptions.push(
      answerBusRequests(
        this.connection,
        channel,
        { queue: QUEUE_GROUP, validator: this.validator, logger: this.logger, service: 'the notifier' },
        handle,
      ),
    );
  }
}
