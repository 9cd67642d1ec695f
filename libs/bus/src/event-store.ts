import {
  BusValidator,
  describeValidationErrors,
  EVENTS_STREAM,
  EVENTS_SUBJECTS,
  eventChannelOfType,
  eventSubject,
  type DomainEvent,
} from '@switchboard/contracts';
import { DeliverPolicy, jetstream, StorageType, type JetStreamClient } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { ensureDerivedStream } from './derived-stream.js';
import { ensureStream } from './stream-replicas.js';

/** How long JetStream remembers a Nats-Msg-Id, so a retried append inside it is stored once. */
const DUPLICATE_WINDOW_MS = 2 * 60_000;

/**
 * The most bytes one stored event may take (README, Limits): well under NATS's default 1 MB payload, so that a
 * server configured at the default, or a little below it, stores every event the domain builds.
 */
export const MAX_EVENT_BYTES = 512 * 1024;
/** What a message's headers (Nats-Msg-Id, …) may take of the server's max_payload besides the event itself. */
const HEADER_ALLOWANCE_BYTES = 4 * 1024;

/**
 * An event the log cannot take. Thrown before anything of the append is published, so nothing of it is stored:
 * the caller refuses the command rather than leave memory and log apart.
 */
export class EventTooLargeError extends Error {
  constructor(
    readonly eventType: DomainEvent['type'],
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`a ${eventType} event of ${String(bytes)} bytes is over the limit of ${String(limit)} bytes one event may take`);
    this.name = 'EventTooLargeError';
  }
}

/**
 * Creates the event stream when it does not exist yet (file storage: it must survive a NATS restart), with
 * Switchboard's replicas (streamReplicas), or raises an existing one's to them.
 */
export async function ensureEventStream(connection: NatsConnection): Promise<void> {
  await ensureStream(connection, {
    name: EVENTS_STREAM,
    subjects: [EVENTS_SUBJECTS],
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
}

/**
 * The durable event log: the source of truth of the interactions service. `append` resolves only once
 * JetStream has stored every event; `replay` reads the whole log in order.
 */
export class EventStore {
  private readonly js: JetStreamClient;
  private readonly encoder = new TextEncoder();

  private constructor(
    private readonly connection: NatsConnection,
    private readonly validator: BusValidator,
    private readonly maxEventBytes: number,
  ) {
    this.js = jetstream(connection);
  }

  /** `maxEventBytes` lowers MAX_EVENT_BYTES (tests); the server's own max_payload lowers it too. */
  static async open(connection: NatsConnection, options: { maxEventBytes?: number } = {}): Promise<EventStore> {
    await ensureEventStream(connection);
    // what is derived for one reader is published here too, and lands in its own stream by its subject (sb.v1.drv.>)
    await ensureDerivedStream(connection);
    return new EventStore(connection, new BusValidator(), options.maxEventBytes ?? MAX_EVENT_BYTES);
  }

  /** The most bytes one event may take on the server connected now. */
  eventLimit(): number {
    const serverMax = this.connection.info?.max_payload;
    return serverMax === undefined ? this.maxEventBytes : Math.min(this.maxEventBytes, serverMax - HEADER_ALLOWANCE_BYTES);
  }

  /** Why `event` cannot be stored, or undefined when it can: the check `append` makes, for a caller to make first. */
  tooLarge(event: DomainEvent): EventTooLargeError | undefined {
    const limit = this.eventLimit();
    const bytes = Buffer.byteLength(JSON.stringify(event));
    return bytes > limit ? new EventTooLargeError(event.type, bytes, limit) : undefined;
  }

  /**
   * Appends in order and resolves once JetStream has stored every event; the id of each event is its Nats-Msg-Id, so
   * a retried append is stored once. Every event is encoded and measured before the first is published: one the log
   * cannot take fails the whole append with an EventTooLargeError, and nothing of it is stored. Otherwise it fails with
   * the first event's failure, once no publish of it is still in flight (some of it may be stored).
   */
  async append(events: readonly DomainEvent[]): Promise<void> {
    const failure = (await this.publishAll(events)).find((outcome) => outcome instanceof Error);
    if (failure !== undefined) throw failure;
  }

  /**
   * The publishes of `append`, pipelined: all written one after another on the connection (so stored in this order),
   * then one wait for all their acks instead of a round trip each. Resolves, once every publish has settled, with each
   * event's sequence in the domain log (0: stored, in SB_DERIVED), or what its publish failed with. The size check is
   * `append`'s: it throws before publishing.
   */
  async publishAll(events: readonly DomainEvent[]): Promise<(Error | number)[]> {
    const limit = this.eventLimit();
    const messages = events.map((event) => {
      const data = this.encoder.encode(JSON.stringify(event));
      if (data.byteLength > limit) throw new EventTooLargeError(event.type, data.byteLength, limit);
      return { subject: eventSubject(eventChannelOfType[event.type], event.tenant), data, id: event.id };
    });
    const acks = messages.map(({ subject, data, id }) => this.js.publish(subject, data, { msgID: id }));
    const settled = await Promise.allSettled(acks);
    // a derived event (sb.v1.drv.…) is stored in SB_DERIVED, numbered apart: its sequence says nothing of the log's position
    return settled.map((outcome) => (outcome.status === 'fulfilled' ? (outcome.value.stream === EVENTS_STREAM ? outcome.value.seq : 0) : toError(outcome.reason)));
  }

  /**
   * Calls `apply` for every stored event (or those on `filterSubject`) from stream sequence `fromSeq` on, oldest first,
   * with its sequence, and resolves with how many there were. An event that does not match the contract stops the
   * replay: state folded without it would be silently wrong.
   */
  async replay(apply: (event: DomainEvent, seq: number) => void, filterSubject: string = EVENTS_SUBJECTS, fromSeq = 1): Promise<number> {
    // One subject as a string: the array form needs nats-server 2.10, and Debian ships 2.9.
    const consumer = await this.js.consumers.get(EVENTS_STREAM, {
      filter_subjects: filterSubject,
      ...(fromSeq > 1 ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: fromSeq } : {}),
    });
    if ((await consumer.info()).num_pending === 0) return 0;
    const messages = await consumer.consume();
    let count = 0;
    try {
      for await (const message of messages) {
        const event = parseDomainEvent(message.data, this.validator);
        if (typeof event === 'string') {
          throw new Error(`the event log holds an event that does not match the bus contract at sequence ${message.seq}: ${event}`);
        }
        apply(event, message.seq);
        count += 1;
        if (message.info.pending === 0) break;
      }
    } finally {
      await messages.close();
    }
    return count;
  }
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/** The event, or why it is not one the contract describes. */
export function parseDomainEvent(data: Uint8Array, validator: BusValidator): DomainEvent | string {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(data));
  } catch {
    return 'not JSON';
  }
  const type = (value as { type?: unknown } | null)?.type;
  const channel = typeof type === 'string' ? eventChannelOfType[type as DomainEvent['type']] : undefined;
  if (channel === undefined) return `unknown event type ${JSON.stringify(type)}`;
  const validate = validator.event(channel);
  return validate(value) ? value : describeValidationErrors(validate.errors);
}
