import { BusValidator, EVENTS_STREAM, EVENTS_SUBJECTS, type DomainEvent } from '@switchboard/contracts';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '@switchboard/logging';
import { ensureEventStream, parseDomainEvent } from './event-store.js';

const REDELIVERY_DELAY_MS = 1_000;
const ACK_WAIT_MS = 30_000;

/**
 * Reads the event log through a durable consumer: at least once, in stream order. An event is acknowledged
 * only after the handler finished with it; a handler failure has it delivered again a second later. An event
 * that does not match the contract can never be handled: it is logged and terminated, not retried for ever.
 */
export class DurableEventConsumer {
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private readonly validator = new BusValidator();
  private readonly inFlight = new Set<Promise<void>>();

  /**
   * `maxAckPending` 1 (the default) handles one event at a time, in order. More lets that many be in hand at
   * once — for handlers that keep their own order (per interaction) and may take long (retries); `ackWaitMs`
   * must then outlast the longest handling, or JetStream delivers the event again meanwhile.
   */
  constructor(
    private readonly connection: NatsConnection,
    private readonly durableName: string,
    private readonly logger: Logger,
    private readonly options: { maxAckPending?: number; ackWaitMs?: number } = {},
  ) {}

  async start(handle: (event: DomainEvent) => Promise<void>): Promise<void> {
    await ensureEventStream(this.connection);
    const manager = await jetstreamManager(this.connection);
    try {
      await manager.consumers.info(EVENTS_STREAM, this.durableName);
    } catch {
      await manager.consumers.add(EVENTS_STREAM, {
        durable_name: this.durableName,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: EVENTS_SUBJECTS,
        ack_wait: nanos(this.options.ackWaitMs ?? ACK_WAIT_MS),
        max_ack_pending: this.options.maxAckPending ?? 1,
      });
    }
    const consumer = await jetstream(this.connection).consumers.get(EVENTS_STREAM, this.durableName);
    const messages = await consumer.consume();
    this.messages = messages;
    const sequential = (this.options.maxAckPending ?? 1) === 1;
    this.loop = (async () => {
      for await (const message of messages) {
        const handling = this.handleOne(message, handle);
        if (sequential) {
          await handling;
          continue;
        }
        this.inFlight.add(handling);
        void handling.finally(() => this.inFlight.delete(handling));
      }
    })();
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
    await Promise.all(this.inFlight);
  }

  private async handleOne(message: JsMsg, handle: (event: DomainEvent) => Promise<void>): Promise<void> {
    const event = parseDomainEvent(message.data, this.validator);
    if (typeof event === 'string') {
      this.logger.error({ seq: message.seq, problem: event }, 'skipping an event that does not match the bus contract');
      message.term();
      return;
    }
    try {
      await handle(event);
      message.ack();
    } catch (error) {
      this.logger.error({ err: error, seq: message.seq }, 'event handling failed; will be redelivered');
      message.nak(REDELIVERY_DELAY_MS);
    }
  }
}
