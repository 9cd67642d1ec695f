import { busEventChannels, EVENTS_STREAM } from '@switchboard/contracts';
import { DeliverPolicy, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ensureEventStream } from './event-store.js';

/** The aggregates whose events only the current state needs (snapshots hold it), as subject filters. */
const TRIMMABLE_SUBJECTS: readonly string[] = [
  ...new Set(
    Object.values(busEventChannels).flatMap(({ subject }) => {
      const [, , kind, , aggregate] = subject.split('.');
      return kind === 'evt' && aggregate !== 'provider' ? [`sb.v1.evt.*.${String(aggregate)}.>`] : [];
    }),
  ),
];

/** Where the log begins and ends, and what it takes on disk. */
export interface EventLogExtent {
  firstSeq: number;
  lastSeq: number;
  messages: number;
  bytes: number;
}

/**
 * The log's extent, and its trimming: `EventStore` appends and reads; this is what retention needs besides, kept
 * apart so that the write path holds no purge.
 */
export class EventLogAdmin {
  private constructor(
    private readonly manager: JetStreamManager,
    private readonly js: JetStreamClient,
  ) {}

  static async open(connection: NatsConnection): Promise<EventLogAdmin> {
    await ensureEventStream(connection);
    return new EventLogAdmin(await jetstreamManager(connection), jetstream(connection));
  }

  async extent(): Promise<EventLogExtent> {
    const { state } = await this.manager.streams.info(EVENTS_STREAM);
    return { firstSeq: state.first_seq, lastSeq: state.last_seq, messages: state.messages, bytes: state.bytes };
  }

  /** The sequence of the first event stored at or after `time`, or undefined when every event is older. */
  async firstSeqSince(time: number): Promise<number | undefined> {
    const consumer = await this.js.consumers.get(EVENTS_STREAM, {
      deliver_policy: DeliverPolicy.StartTime,
      opt_start_time: new Date(time).toISOString(),
    });
    if ((await consumer.info()).num_pending === 0) return undefined;
    const message = await consumer.next({ expires: 5_000 });
    return message?.seq;
  }

  /**
   * Removes the events before stream sequence `seq` — all but provider registrations and removals, which are kept for
   * ever: they are few, and the notifier builds its provider directory by reading them from the start of the log.
   * Resolves with how many were removed.
   */
  async purgeBefore(seq: number): Promise<number> {
    let purged = 0;
    for (const filter of TRIMMABLE_SUBJECTS) purged += (await this.manager.streams.purge(EVENTS_STREAM, { filter, seq })).purged;
    return purged;
  }
}
