import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerInfo,
  type ConsumerMessages,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { EVENTS_STREAM, EVENTS_SUBJECTS, type DomainEvent } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { AckBatch } from './ack-batch.js';
import { ensureEventStream } from './event-store.js';
import { HandoverBarrier } from './handover-barrier.js';
import { LIVE_PULL } from './live-pull.js';
import { SharedLogDecoder } from './shared-log-decoder.js';

const REDELIVERY_DELAY_MS = 1_000;
/**
 * Short on purpose: it is how long the events a crashed instance had in hand wait before they are delivered
 * again. A live instance never lets it run out, however long it takes over an event (see keepAlive).
 */
export const DEFAULT_ACK_WAIT_MS = 5_000;

export interface DurableConsumerOptions {
  /**
   * `maxAckPending` 1 (the default) handles one event at a time, in order. More lets that many be in hand at once
   * — for handlers that keep their own order (per interaction) and may take long (retries).
   */
  maxAckPending?: number;
  ackWaitMs?: number;
  /** Shared with the process's other readers of the log, so that each record is decoded once. */
  decoder?: SharedLogDecoder;
}

/**
 * Reads the event log through a durable consumer: at least once, in stream order. An event is acknowledged
 * only after the handler finished with it; a handler failure has it delivered again a second later. An event
 * that does not match the contract can never be handled: it is logged and terminated, not retried for ever.
 *
 * While an event is in hand its ack wait is renewed (`working()`) every third of it, so a short ack wait costs
 * a live instance nothing and a crashed one's events come back within seconds. Those come back before anything
 * newer is handled (HandoverBarrier): what the crashed instance had in hand keeps its place in the order.
 */
export class DurableEventConsumer {
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private keepAlive: NodeJS.Timeout | undefined;
  private barrier: HandoverBarrier | undefined;
  private readonly decoder: SharedLogDecoder;
  private leave: (() => void) | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  /** Delivered and not yet acknowledged, nakked or terminated. */
  private readonly inHand = new Set<JsMsg>();
  /** With several events in hand, their acks go out together once per turn; one at a time, each at once. */
  private readonly acks = new AckBatch();
  private readonly maxAckPending: number;
  private readonly ackWaitMs: number;

  constructor(
    private readonly connection: NatsConnection,
    private readonly durableName: string,
    private readonly logger: Logger,
    options: DurableConsumerOptions = {},
  ) {
    this.maxAckPending = options.maxAckPending ?? 1;
    this.ackWaitMs = options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
    this.decoder = options.decoder ?? new SharedLogDecoder();
  }

  async start(handle: (event: DomainEvent, seq: number) => Promise<void>): Promise<void> {
    await ensureEventStream(this.connection);
    const manager = await jetstreamManager(this.connection);
    const info = await this.ensureConsumer(manager);
    const barrier = new HandoverBarrier(info.delivered.stream_seq, info.num_ack_pending, 2 * this.ackWaitMs);
    this.barrier = barrier;
    if (info.num_ack_pending > 0) {
      this.logger.info(
        { consumer: this.durableName, pending: info.num_ack_pending },
        'taking over the events a previous instance had in hand',
      );
    }
    this.keepAlive = setInterval(
      () => {
        for (const message of this.inHand) {
          try {
            message.working();
          } catch {
            // the connection is closed: the event is delivered again, to this instance or its successor
          }
        }
      },
      Math.max(100, Math.floor(this.ackWaitMs / 3)),
    );
    this.keepAlive.unref();
    const consumer = await jetstream(this.connection).consumers.get(EVENTS_STREAM, this.durableName);
    const messages = await consumer.consume(LIVE_PULL);
    this.messages = messages;
    this.leave = this.decoder.join(EVENTS_STREAM);
    const sequential = this.maxAckPending === 1;
    this.loop = (async () => {
      for await (const message of messages) {
        this.inHand.add(message);
        // Never awaited here while held: the loop must go on reading, or the awaited redeliveries never arrive.
        const handling = new Promise<void>((resolve) => {
          barrier.admit(
            message.seq,
            () => {
              resolve(this.handleOne(message, handle));
            },
            resolve,
          );
        }).finally(() => this.inHand.delete(message));
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
    this.barrier?.close();
    await this.messages?.close();
    await this.loop;
    await Promise.all(this.inFlight);
    this.acks.flush();
    clearInterval(this.keepAlive);
    this.leave?.();
  }

  /**
   * Creates the consumer, or brings an existing one's settings up to date: JetStream applies a durable consumer's
   * config only when it is created, so without this a deployed system would keep the settings of its first start.
   */
  private async ensureConsumer(manager: JetStreamManager): Promise<ConsumerInfo> {
    const wanted = { ack_wait: nanos(this.ackWaitMs), max_ack_pending: this.maxAckPending };
    let existing: ConsumerInfo | undefined;
    try {
      existing = await manager.consumers.info(EVENTS_STREAM, this.durableName);
    } catch {
      return manager.consumers.add(EVENTS_STREAM, {
        durable_name: this.durableName,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: EVENTS_SUBJECTS,
        ...wanted,
      });
    }
    if (existing.config.ack_wait === wanted.ack_wait && existing.config.max_ack_pending === wanted.max_ack_pending)
      return existing;
    this.logger.info(
      {
        consumer: this.durableName,
        from: { ack_wait: existing.config.ack_wait, max_ack_pending: existing.config.max_ack_pending },
        to: wanted,
      },
      'updating the durable consumer’s settings',
    );
    return manager.consumers.update(EVENTS_STREAM, this.durableName, wanted);
  }

  /**
   * Every event of the message handed over in order (each handler call starts before the next, so a handler that keeps
   * its own order per key keeps it), then one ack once all are done; a failure has the whole message delivered again.
   */
  private async handleOne(message: JsMsg, handle: (event: DomainEvent, seq: number) => Promise<void>): Promise<void> {
    const events = this.decoder.decode(EVENTS_STREAM, message.seq, message.data);
    if (typeof events === 'string') {
      this.logger.error(
        { seq: message.seq, problem: events },
        'skipping a message that does not match the bus contract',
      );
      message.term();
      return;
    }
    try {
      const settled = await Promise.allSettled(events.map((event) => handle(event, message.seq)));
      const failed = settled.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      // one at a time, the next message comes only after this ack: nothing to send it with
      if (this.maxAckPending === 1) message.ack();
      else
        this.acks.add(() => {
          message.ack();
        });
    } catch (error) {
      this.logger.error({ err: error, seq: message.seq }, 'event handling failed; will be redelivered');
      message.nak(REDELIVERY_DELAY_MS);
    }
  }
}

/** Deletes a durable consumer of the event log that is no longer read; false when there was none. */
export async function deleteDurableConsumer(connection: NatsConnection, durableName: string): Promise<boolean> {
  await ensureEventStream(connection);
  const manager = await jetstreamManager(connection);
  try {
    await manager.consumers.info(EVENTS_STREAM, durableName);
  } catch {
    return false;
  }
  return manager.consumers.delete(EVENTS_STREAM, durableName);
}
