import { jetstream, jetstreamManager, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { BusValidator, EVENTS_STREAM, EVENTS_SUBJECTS, type DomainEvent } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { decodeLogMessage } from './event-record.js';
import { ensureEventStream } from './event-store.js';
import { LIVE_PULL } from './live-pull.js';
import { lastSeqOnSubject } from './log-fence.js';
import { SharedLogDecoder } from './shared-log-decoder.js';

/**
 * An event and its record's stream sequence (the events of one record share it): what lets a reader fed from two
 * consumers apply each record once, in order.
 */
export type SequencedHandler = (event: DomainEvent, seq: number) => void;

/** The sequence of the newest event in the log (0 while it is empty). */
export async function lastEventSequence(connection: NatsConnection): Promise<number> {
  await ensureEventStream(connection);
  const manager = await jetstreamManager(connection);
  return (await manager.streams.info(EVENTS_STREAM)).state.last_seq;
}

/**
 * Follows the event log from a given sequence through an ordered consumer: ephemeral, never acknowledged,
 * nothing kept on the server for it. For readers whose state dies with their process anyway (live notifications
 * to the sessions connected to it): a crashed reader holds nothing back for its successor, and two instances
 * each see every event. The client recreates the consumer where it left off after a NATS restart or a gap.
 * An event the contract does not describe is logged and skipped: a live reader cannot wait for it to change.
 */
export class EventFollower {
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private leave: (() => void) | undefined;

  /** `decoder`: shared with the process's other readers of the same stream, so that each message is decoded once. */
  constructor(
    private readonly connection: NatsConnection,
    private readonly logger: Logger,
    private readonly decoder: SharedLogDecoder = new SharedLogDecoder(),
  ) {}

  /**
   * Delivers every event from `fromSeq` on (and only those on `filterSubject`), in stream order, until stopped. The
   * stream is the domain log unless `stream` names another one (SB_DERIVED), which must exist.
   */
  async start(
    fromSeq: number,
    handle: SequencedHandler,
    filterSubject: string = EVENTS_SUBJECTS,
    stream: string = EVENTS_STREAM,
  ): Promise<void> {
    if (stream === EVENTS_STREAM) await ensureEventStream(this.connection);
    // One subject as a string: the array form needs nats-server 2.10, and Debian ships 2.9.
    const consumer = await jetstream(this.connection).consumers.get(stream, {
      opt_start_seq: Math.max(1, fromSeq),
      filter_subjects: filterSubject,
    });
    const messages = await consumer.consume(LIVE_PULL);
    this.messages = messages;
    this.leave = this.decoder.join(stream);
    this.loop = (async () => {
      for await (const message of messages) {
        const events = this.decoder.decode(stream, message.seq, message.data);
        if (typeof events === 'string') {
          this.logger.error(
            { seq: message.seq, problem: events },
            'skipping a message that does not match the bus contract',
          );
          continue;
        }
        for (const event of events) {
          try {
            handle(event, message.seq);
          } catch (error) {
            // One reader's failure on one event must not stop every later notification.
            this.logger.error(
              { err: error, seq: message.seq, event: event.type },
              'following an event failed; skipped',
            );
          }
        }
      }
    })();
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
    this.leave?.();
  }
}

/**
 * Reads the events on `filterSubject` with sequences up to `throughSeq`, oldest first, then stops: how a reader
 * builds its state before it follows the log from `throughSeq + 1`. Skips (and logs) what the contract does not
 * describe, as the follower will.
 */
export async function readEventsThrough(
  connection: NatsConnection,
  throughSeq: number,
  apply: SequencedHandler,
  logger: Logger,
  filterSubject: string = EVENTS_SUBJECTS,
): Promise<void> {
  if (throughSeq < 1) return;
  await ensureEventStream(connection);
  // the last message on the filter, not "nothing pending": after a filtered purge nats-server 2.9 may miscount that
  const end = Math.min(throughSeq, await lastSeqOnSubject(await jetstreamManager(connection), filterSubject));
  if (end < 1) return;
  const consumer = await jetstream(connection).consumers.get(EVENTS_STREAM, { filter_subjects: filterSubject });
  const validator = new BusValidator();
  const messages = await consumer.consume();
  try {
    for await (const message of messages) {
      if (message.seq > end) break;
      const events = decodeLogMessage(message.data, validator);
      if (typeof events === 'string')
        logger.error({ seq: message.seq, problem: events }, 'skipping a message that does not match the bus contract');
      else for (const event of events) apply(event, message.seq);
      if (message.seq >= end) break;
    }
  } finally {
    await messages.close();
  }
}
