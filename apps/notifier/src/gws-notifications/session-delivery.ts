import type { ServerSession } from 'cometd-nodejs-server';
import type { InteractionStateMessage } from '@switchboard/contracts';
import type { CometdMetrics } from '../metrics/cometd-metrics.js';
import type { ChannelMessage } from './agent-notification.js';

export const ME_INTERACTIONS = '/v2/me/interactions';

/** A session as the delivery needs it: somewhere to put a message. */
export type DeliverySession = Pick<ServerSession, 'deliver'>;

export interface SnapshotOutcome {
  delivered: number;
  /** Interactions a live notification reached the session about while the snapshot was being read. */
  skipped: number;
}

/**
 * Puts `/v2/me/interactions` notifications into agents' CometD sessions from two sources: the live fan-out of
 * domain events, in log order, and the agent's current interactions, read when a session subscribes. Per
 * interaction, a session must never be shown an older state after a newer one.
 *
 * The read is answered from the interactions service's memory while the fan-out trails the event log, so a live
 * notification that reaches the session while the read is in flight may be newer than what the read returns.
 * Such interactions are left out of the snapshot: the session was just told about them, and whatever happens to
 * them next comes through the fan-out, in order. (Holding the fan-out until each read is answered would keep
 * them in order too, but would delay every agent's notifications behind one slow read.)
 *
 * The other way round is left as it is: a snapshot newer than live notifications still on their way is followed
 * by them, so the session may briefly see an older state, and then, with the last of them, the snapshot's state
 * again. Telling those apart would need the read to say which event it reflects.
 */
export class SessionDelivery {
  /** Per session, for each snapshot being read: the interactions notified live since the read started. */
  private readonly liveDuringReads = new Map<DeliverySession, Set<string>[]>();

  constructor(private readonly metrics: Pick<CometdMetrics, 'queued'> = { queued: () => undefined }) {}

  /** A live notification; those on other channels than `/v2/me/interactions` have no snapshot to keep order with. */
  live(session: DeliverySession, notification: ChannelMessage): void {
    if (notification.channel === ME_INTERACTIONS) {
      for (const notified of this.liveDuringReads.get(session) ?? []) notified.add(notification.message.id);
    }
    session.deliver(null, notification.channel, notification.message);
    this.metrics.queued(1);
  }

  /** Delivers what `read` returns, minus the interactions notified live meanwhile; a failed read delivers none. */
  async snapshot(
    session: DeliverySession,
    read: () => Promise<readonly InteractionStateMessage[]>,
  ): Promise<SnapshotOutcome> {
    const notified = new Set<string>();
    const reads = this.liveDuringReads.get(session) ?? [];
    reads.push(notified);
    this.liveDuringReads.set(session, reads);
    let messages: readonly InteractionStateMessage[];
    try {
      messages = await read();
    } finally {
      reads.splice(reads.indexOf(notified), 1);
      if (reads.length === 0) this.liveDuringReads.delete(session);
    }
    const current = messages.filter((message) => !notified.has(message.id));
    for (const message of current) session.deliver(null, ME_INTERACTIONS, message);
    this.metrics.queued(current.length);
    return { delivered: current.length, skipped: messages.length - current.length };
  }
}
