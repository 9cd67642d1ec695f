import {
  BusValidator,
  describeValidationErrors,
  EVENTS_STREAM,
  EVENTS_SUBJECTS,
  eventChannelOfType,
  eventSubject,
  type DomainEvent,
} from '@switchboard/contracts';
import { jetstream, jetstreamManager, StorageType, type JetStreamClient } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';

/** How long JetStream remembers a Nats-Msg-Id, so a retried append inside it is stored once. */
const DUPLICATE_WINDOW_MS = 2 * 60_000;

/** Creates the event stream when it does not exist yet (file storage: it must survive a NATS restart). */
export async function ensureEventStream(connection: NatsConnection): Promise<void> {
  const manager = await jetstreamManager(connection);
  try {
    await manager.streams.info(EVENTS_STREAM);
  } catch {
    await manager.streams.add({
      name: EVENTS_STREAM,
      subjects: [EVENTS_SUBJECTS],
      storage: StorageType.File,
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    });
  }
}

/**
 * The durable event log: the source of truth of the interactions service. `append` resolves only once
 * JetStream has stored every event; `replay` reads the whole log in order.
 */
export class EventStore {
  private readonly js: JetStreamClient;

  private constructor(
    connection: NatsConnection,
    private readonly validator: BusValidator,
  ) {
    this.js = jetstream(connection);
  }

  static async open(connection: NatsConnection): Promise<EventStore> {
    await ensureEventStream(connection);
    return new EventStore(connection, new BusValidator());
  }

  /** Appends in order, one acknowledged publish after another; the id of each event is its Nats-Msg-Id. */
  async append(events: readonly DomainEvent[]): Promise<void> {
    for (const event of events) {
      const subject = eventSubject(eventChannelOfType[event.type], event.tenant);
      await this.js.publish(subject, JSON.stringify(event), { msgID: event.id });
    }
  }

  /**
   * Calls `apply` for every stored event (or those on `filterSubject`), oldest first, and resolves with how many
   * there were. An event that does not match the contract stops the replay: state folded without it would be
   * silently wrong.
   */
  async replay(apply: (event: DomainEvent) => void, filterSubject: string = EVENTS_SUBJECTS): Promise<number> {
    // One subject as a string: the array form needs nats-server 2.10, and Debian ships 2.9.
    const consumer = await this.js.consumers.get(EVENTS_STREAM, { filter_subjects: filterSubject });
    if ((await consumer.info()).num_pending === 0) return 0;
    const messages = await consumer.consume();
    let count = 0;
    try {
      for await (const message of messages) {
        const event = parseDomainEvent(message.data, this.validator);
        if (typeof event === 'string') {
          throw new Error(`the event log holds an event that does not match the bus contract at sequence ${message.seq}: ${event}`);
        }
        apply(event);
        count += 1;
        if (message.info.pending === 0) break;
      }
    } finally {
      await messages.close();
    }
    return count;
  }
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
