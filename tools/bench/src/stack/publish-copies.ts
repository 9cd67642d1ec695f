import { createInbox, headers, type NatsConnection } from '@nats-io/transport-node';
import { logKindOf, tenantLogSubject } from '@switchboard/contracts';
import type { CopiedEvent } from './log-copies.js';

/** Publishes awaiting their ack at once: enough to keep nats-server busy, few enough to keep memory flat. */
const WINDOW = 4_096;

/** The most bytes of events one record of the copies holds: the size of a busy batch of the service. */
const RECORD_BYTES = 256 * 1024;

/** A batch's events as records, as the service's EventStore stores a group-committed batch: per tenant and log kind, in order. */
function* recordsOf(batch: readonly CopiedEvent[]): Generator<{ subject: string; id: string; texts: string[] }> {
  let current: { subject: string; id: string; texts: string[]; bytes: number } | undefined;
  for (const event of batch) {
    const subject = tenantLogSubject(event.tenant, logKindOf(event));
    if (current && (current.subject !== subject || current.bytes + event.text.length > RECORD_BYTES)) {
      yield current;
      current = undefined;
    }
    current ??= { subject, id: event.id, texts: [], bytes: 0 };
    current.texts.push(event.text);
    current.bytes += event.text.length + 1;
  }
  if (current) yield current;
}

/**
 * Appends events to the log as the service's EventStore does — in records on the tenant's log subject, Nats-Msg-Id =
 * the first event's id, counted only once JetStream acknowledged it stored — but without a promise and a reply
 * subscription per publish: each is
 * a plain publish whose reply subject is one of a single wildcard inbox, so the acks of up to WINDOW publishes in
 * flight arrive on one subscription (about 4 × js.publish's rate here, which took 4 minutes for 1M). `batches`
 * yields the events one block at a time, so the whole log is never in memory. Resolves with how many events were stored;
 * rejects with the first refusal.
 */
export async function publishCopies(connection: NatsConnection, batches: Iterable<CopiedEvent[]>): Promise<number> {
  const encoder = new TextEncoder();
  const inbox = createInbox();
  let inFlight = 0;
  let stored = 0;
  /** How many events each record in flight holds, by its reply subject. */
  const events = new Map<string, number>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const subscription = connection.subscribe(`${inbox}.*`, {
    callback: (error, message) => {
      inFlight -= 1;
      const ack = error === null ? message.json<{ error?: { description?: string } }>() : undefined;
      if (error !== null) failure ??= error;
      else if (ack?.error !== undefined)
        failure ??= new Error(`JetStream refused an event: ${ack.error.description ?? JSON.stringify(ack.error)}`);
      else stored += events.get(message.subject) ?? 0;
      events.delete(message.subject);
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
      for (const record of recordsOf(batch)) {
        if (failure !== undefined) throw failure;
        const header = headers();
        header.set('Nats-Msg-Id', record.id);
        inFlight += 1;
        const reply = `${inbox}.${String(sent++)}`;
        events.set(reply, record.texts.length);
        connection.publish(
          record.subject,
          encoder.encode(`{"writer":"bench-copies","events":[${record.texts.join(',')}]}`),
          { headers: header, reply },
        );
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
