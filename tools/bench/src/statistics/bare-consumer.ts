import { DeliverPolicy, jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EVENTS_STREAM, EVENTS_SUBJECTS } from '@switchboard/contracts';
import type { CountedKind } from './lag.js';
import { eventsOfMessage } from './log-events.js';

/** The event types behind the counted figures (each entered, offered, accepted, completed is one such event here). */
const KIND_OF_TYPE: Record<string, CountedKind> = {
  'interaction.queued': 'entered',
  'interaction.offered': 'offered',
  'interaction.accepted': 'accepted',
  'interaction.completed': 'completed',
};

/**
 * The baseline of the lag: the least reader of the event log, a bare ordered JetStream consumer in the benchmark's
 * process on the same stream, at the same moment, reading each event as the statistics service does but doing
 * nothing with it. Its lag (receipt − event time) is the stack's share: the interactions service's commit, JetStream,
 * delivery, and the benchmark's own event loop; whatever the live figures show beyond it is the statistics service's
 * and the live stream's.
 */
export class BareConsumer {
  readonly byKind: Record<CountedKind, number[]> = { entered: [], offered: [], accepted: [], completed: [] };
  /** Events of any kind read since `from`. */
  events = 0;
  private from = Number.POSITIVE_INFINITY;

  private readonly done: Promise<void>;

  private constructor(
    private readonly messages: ConsumerMessages,
    tenant: string,
  ) {
    this.done = (async () => {
      for await (const message of messages) {
        const receivedAt = Date.now();
        this.take(eventsOfMessage(message.string()), tenant, receivedAt);
      }
    })();
  }

  static async start(connection: NatsConnection, tenant: string): Promise<BareConsumer> {
    const consumer = await jetstream(connection).consumers.get(EVENTS_STREAM, {
      filter_subjects: EVENTS_SUBJECTS,
      deliver_policy: DeliverPolicy.New,
    });
    return new BareConsumer(await consumer.consume({ max_messages: 500, expires: 2_000 }), tenant);
  }

  /** Times the events from `from` (epoch ms of event time) on: those before are a warm-up's. */
  timeFrom(from: number): void {
    this.from = from;
  }

  async stop(): Promise<void> {
    await this.messages.close();
    await this.done;
  }

  private take(
    events: readonly { type: string; tenant: string; occurredAt: string }[],
    tenant: string,
    receivedAt: number,
  ): void {
    for (const event of events) {
      const at = Date.parse(event.occurredAt);
      if (at < this.from) continue;
      this.events += 1;
      const kind = KIND_OF_TYPE[event.type];
      if (kind !== undefined && event.tenant === tenant) this.byKind[kind].push(receivedAt - at);
    }
  }
}
