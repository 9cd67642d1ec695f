/**
 * Acknowledgements held until the end of the current turn of the event loop, then sent together. nats.js writes
 * what is queued on a connection in one socket write per microtask flush, and a consumer that acknowledges each
 * event as its (asynchronous) handler finishes flushes once per event: a socket write each, 38 % of the notifier's
 * busy time under batched dispatches in a CPU profile. Sent together they go out in one write. An event is still
 * acknowledged only once its handler has finished; one whose ack is never sent (the connection closed first) is
 * delivered again, as after a crash.
 */
export class AckBatch {
  private pending: Array<() => void> = [];
  private scheduled: NodeJS.Immediate | undefined;

  /** Queues `send` (one message's ack) for the end of this turn. */
  add(send: () => void): void {
    this.pending.push(send);
    this.scheduled ??= setImmediate(() => {
      this.flush();
    });
  }

  /** Sends every queued ack now, in the order queued. */
  flush(): void {
    if (this.scheduled !== undefined) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const batch = this.pending;
    this.pending = [];
    for (const send of batch) {
      try {
        send();
      } catch {
        // the connection is closed: the event is delivered again, to this instance or its successor
      }
    }
  }
}
