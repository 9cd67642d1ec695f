import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EVENTS_STREAM, EVENTS_SUBJECTS, type DomainEvent } from '@switchboard/contracts';

/**
 * The domain events of one stored message of SB_EVENTS: a record's (the contract's EventRecord: `{writer, events}`,
 * none for a takeover's fence), or the one event of an older message.
 */
export function eventsOfMessage(text: string): DomainEvent[] {
  const value = JSON.parse(text) as { events?: unknown };
  return (Array.isArray(value.events) ? value.events : [value]) as DomainEvent[];
}

/** The whole event log as it is now: every domain event of every tenant, in log order. */
export async function readWholeLog(connection: NatsConnection): Promise<DomainEvent[]> {
  const { state } = await (await jetstreamManager(connection)).streams.info(EVENTS_STREAM);
  if (state.messages === 0) return [];
  const consumer = await jetstream(connection).consumers.get(EVENTS_STREAM, {
    filter_subjects: EVENTS_SUBJECTS,
    deliver_policy: DeliverPolicy.All,
  });
  const events: DomainEvent[] = [];
  const messages = await consumer.consume({ max_messages: 1_000 });
  try {
    for await (const message of messages) {
      events.push(...eventsOfMessage(message.string()));
      if (message.info.pending === 0 || message.seq >= state.last_seq) break;
    }
  } finally {
    await messages.close();
  }
  return events;
}
