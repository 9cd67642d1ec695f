import { createInbox, headers, type NatsConnection } from '@nats-io/transport-node';
import { eventChannelOfType, eventSubject, type DomainEvent } from '@switchboard/contracts';
import type { CopiedEvent } from './log-copies.js';

/** Publishes awaiting their ack at once: enough to keep nats-server busy, few enough to keep memory flat. */
const WINDOW = 4_096;

/**
 * Appends events to the log as the service's EventStore does — the event's subject, Nats-Msg-Id = its id, counted
 * only once JetStream acknowledged it stored — but without a promise and a reply subscription per publish: each is
 * a plain publish whose reply subject is one of a single wildcard inbox, so the acks of up to WINDOW publishes in
 * flight arrive on one subscription (about 4 × js.publish's rate here, which took 4 minutes for 1M). `batches`
 * yields the events one block at a time, so the whole log is never in memory. Resolves with how many were stored;
 * rejects with the first refusal.
 */
export async function publishCopies(connection: NatsConnection, batches: Iterable<CopiedEvent[]>): Promise<number> {
  const encoder = new TextEncoder();
  const inbox = createInbox();
  let inFlight = 0;
  let stored = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const subscription = connection.subscribe(`${inbox}.*`, {
    callback: (error, message) => {
      inFlight -= 1;
      const ack = error === null ? message.json<{ error?: { description?: string } }>() : undefined;
      if (error !== null) failure ??= error;
      else if (ack?.error !== undefined) failure ??= new Error(`JetStream refused an event: ${ack.error.description ?? JSON.stringify(ack.error)}`);
      else stored += 1;
      const waiting = wake;
      wake = undefined;
      waiting?.();
    },
  });
  const slotFree = (): Promise<void> =>
    new Promise((resolve) => {
      wake = resolve;
    });
  try {
    let sent = 0;
    for (const batch of batches) {
      for (const event of batch) {
        if (failure !== undefined) throw failure;
        const subject = eventSubject(eventChannelOfType[event.type as DomainEvent['type']], event.tenant);
        const header = headers();
        header.set('Nats-Msg-Id', event.id);
        inFlight += 1;
        connection.publish(subject, encoder.encode(event.text), { headers: header, reply: `${inbox}.${sent++}` });
        if (inFlight >= WINDOW) await slotFree();
      }
    }
    while (inFlight > 0) await slotFree();
  } finally {
    subscription.unsubscribe();
  }
  if (failure !== undefined) throw failure;
  return stored;
}
