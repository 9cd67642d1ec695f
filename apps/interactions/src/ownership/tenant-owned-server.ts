import type { ConnectionOptions, Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { NatsContext, ServerNats, type NatsOptions } from '@nestjs/microservices';
import { answerInRequestOf, connectNats } from '@switchboard/bus';
import { requestSubject, type BusRequestMap } from '@switchboard/contracts';

/** Instances share it, so that while a tenant changes hands its commands go to one of them, not both. */
const QUEUE_GROUP = 'interactions';

/** The bus requests the server answers: their channels, and the reply to one request of a tenant (never a rejection). */
export interface BusResponder {
  readonly channels: readonly (keyof BusRequestMap)[];
  answer(channel: keyof BusRequestMap, tenant: string, payload: unknown): Promise<unknown>;
}

/**
 * Nest's NATS transport (its connection, reconnection, serializers and graceful close), subscribed per tenant to the
 * channels of one table (`answerWith`) instead of to handlers' patterns for every tenant: this instance receives the
 * commands and queries of the tenants it holds the lease of, and nobody else's. A tenant no instance holds has no
 * responders: a caller hears so at once and retries, instead of waiting out a timeout.
 */
export class TenantOwnedNatsServer extends ServerNats {
  private readonly served = new Map<string, Subscription[]>();
  private responder: BusResponder | undefined;

  /** `options`: the connection's (busConnectionOptions) and Nest's (serializers, graceful shutdown) together. */
  constructor(private readonly connectionOptions: Required<NatsOptions>['options'] & ConnectionOptions) {
    super(connectionOptions);
  }

  /** The connection every service opens (connectNats: socket writes coalesced), instead of nats.js's plain `connect`. */
  override createNatsClient(): Promise<NatsConnection> {
    return connectNats(this.connectionOptions);
  }

  /** The table whose channels each tenant served is subscribed to; set before the first tenant is served. */
  answerWith(responder: BusResponder): void {
    this.responder = responder;
  }

  /** Nothing is subscribed at listen: `serve` does it per tenant, once its lease is held and its state restored. */
  override bindEvents(): void {
    // deliberately empty: see the class comment
  }

  /**
   * Subscribes to the tenant's subject of every channel of the table: only those — the bus has other services' requests
   * under the same tenant (the notifier's `callback.*`), and a reply from here would race theirs.
   */
  serve(tenant: string): void {
    if (this.served.has(tenant)) return;
    const responder = this.responder;
    if (!responder) throw new Error('no bus table to answer with: call answerWith before serving a tenant');
    const client = this.unwrap<{ subscribe: (subject: string, options: object) => Subscription }>();
    const subscriptions = responder.channels.map((channel) =>
      client.subscribe(requestSubject(channel, tenant), {
        queue: QUEUE_GROUP,
        callback: (error: Error | null, message: Msg) => {
          if (error) {
            this.logger.error(error);
            return;
          }
          // its lines carry the id of the request that caused it, which the bus client sent in the message's headers
          answerInRequestOf(message, () => this.reply(responder, channel, tenant, message)).catch((failed: unknown) => {
            this.logger.error(failed);
          });
        },
      }),
    );
    this.served.set(tenant, subscriptions);
  }

  /** The table's answer, sent back through Nest's publisher and serializer (nothing is sent without a reply subject). */
  private async reply(
    responder: BusResponder,
    channel: keyof BusRequestMap,
    tenant: string,
    message: Msg,
  ): Promise<void> {
    const incoming = await this.deserializer.deserialize(message, { channel: message.subject, replyTo: message.reply });
    const response = await responder.answer(channel, tenant, incoming.data);
    this.getPublisher(message, message.reply ?? '', new NatsContext([message.subject, message.headers]))({ response });
  }

  /**
   * Stops taking the tenant's requests (those already received are still answered), and resolves once nats-server
   * knows: from then on they go to another instance, or find no responders.
   */
  async stopServing(tenant: string): Promise<void> {
    const subscriptions = this.served.get(tenant);
    if (!subscriptions) return;
    this.served.delete(tenant);
    for (const subscription of subscriptions) subscription.unsubscribe();
    await this.unwrap<{ flush: () => Promise<void> }>().flush();
  }

  /** Every tenant's requests stop first; then Nest's close gives those in hand its grace period and disconnects. */
  override async close(): Promise<void> {
    for (const tenant of [...this.served.keys()]) await this.stopServing(tenant);
    await super.close();
  }

  servedTenants(): string[] {
    return [...this.served.keys()];
  }
}
