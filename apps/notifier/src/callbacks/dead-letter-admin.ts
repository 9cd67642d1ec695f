import type { Msg, Subscription } from '@nats-io/transport-node';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { answerInRequestOf, logAnsweredRequest, type NatsConnection } from '@switchboard/bus';
import {
  busRequestChannelsByOwner,
  BusValidator,
  describeValidationErrors,
  requestSubjectPattern,
  tenantOfSubject,
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
    const validate = this.validator.request(channel);
    const respond = async (message: Msg): Promise<void> => {
      const started = performance.now();
      let reply: unknown;
      try {
        const payload: unknown = message.json();
        reply = validate(payload)
          ? await handle(tenantOfSubject(message.subject), payload)
          : { ok: false, error: { code: 'invalid_command', message: describeValidationErrors(validate.errors) } };
        logAnsweredRequest(this.logger, channel, tenantOfSubject(message.subject), reply, performance.now() - started);
      } catch (error) {
        this.logger.error({ err: error, subject: message.subject }, 'dead-letter request failed');
        reply = { ok: false, error: { code: 'internal_error', message: 'the notifier could not answer' } };
      }
      message.respond(JSON.stringify(reply));
    };
    this.subscriptions.push(
      this.connection.subscribe(requestSubjectPattern(channel), {
        queue: QUEUE_GROUP,
        callback: (error, message) => {
          // its lines carry the id of the request that caused it (the admin's, at the gateway)
          if (!error) void answerInRequestOf(message, () => respond(message));
        },
      }),
    );
  }
}
