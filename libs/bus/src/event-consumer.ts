import { BusValidator, EVENTS_STREAM, EVENTS_SUBJECTS, type DomainEvent } from '@switchboard/contracts';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages } from '@nats-io/jetstream';
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

  constructor(
    private readonly connection: NatsConnection,
    private readonly durableName: string,
    private readonly logger: Logger,
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
        ack_wait: nanos(ACK_WAIT_MS),
        max_ack_pending: 1, // one at a time keeps per-interaction order
      });
    }
    const consumer = await jetstream(this.connection).consumers.get(EVENTS_STREAM, this.durableName);
    const messages = await consumer.consume();
    this.messages = messages;
    this.loop = (async () => {
      for await (const message of messages) {
        const event = parseDomainEvent(message.data, this.validator);
        if (typeof event === 'string') {
          this.logger.error({ seq: message.seq, problem: event }, 'skipping an event that does not match the bus contract');
          message.term();
          continue;
        }
        try {
          await handle(event);
          message.ack();
        } catch (error) {
          this.logger.error({ err: error, seq: message.seq }, 'event handling failed; will be redelivered');
          message.nak(REDELIVERY_DELAY_MS);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }
}
