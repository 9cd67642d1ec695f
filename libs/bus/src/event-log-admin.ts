import {
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { busEventChannels, EVENTS_STREAM, tenantLogSubject } from '@switchboard/contracts';
import { ensureEventStream } from './event-store.js';
import { lastSeqOnSubject } from './log-fence.js';

/**
 * The aggregates whose events were stored one per message before records (and may still be in an upgraded log), whose
 * history only the current state needs: snapshots hold it. Provider events are kept for ever.
 */
const LEGACY_TRIMMABLE_AGGREGATES: readonly string[] = [
  ...new Set(
    Object.values(busEventChannels).flatMap(({ subject }) => {
      const [, , kind, , aggregate] = subject.split('.');
      return kind === 'evt' && aggregate !== undefined && aggregate !== 'provider' ? [aggregate] : [];
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
  private legacyGone = false;

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
   * Removes the tenant's facts before stream sequence `seq`, but never its last record: that is where its writer's
   * fence stands, and a purged fence would refuse the writer's next record. Provider registrations and removals are
   * kept for ever: they are few, and the notifier builds its provider directory by reading them from the start of the
   * log. Resolves with how many messages were removed.
   */
  async purgeTenantBefore(tenant: string, seq: number): Promise<number> {
    const records = tenantLogSubject(tenant, 'facts');
    const keepFrom = Math.min(seq, await lastSeqOnSubject(this.manager, records));
    // a purge with no sequence (0) would take every record of the filter
    let purged =
      keepFrom > 1 ? (await this.manager.streams.purge(EVENTS_STREAM, { filter: records, seq: keepFrom })).purged : 0;
    for (const aggregate of await this.legacyAggregates()) {
      purged += (await this.manager.streams.purge(EVENTS_STREAM, { filter: `sb.v1.evt.${tenant}.${aggregate}.>`, seq }))
        .purged;
    }
    return purged;
  }

  /**
   * The aggregates of which the log still holds one-event messages from before records: none once an upgraded log has
   * been trimmed past them, and none ever in a log that began with records — nothing writes them any more, so once
   * gone they are not looked for again, and a purge round costs one request per tenant.
   */
  private async legacyAggregates(): Promise<readonly string[]> {
    if (this.legacyGone) return [];
    const remaining: string[] = [];
    for (const aggregate of LEGACY_TRIMMABLE_AGGREGATES) {
      if ((await lastSeqOnSubject(this.manager, `sb.v1.evt.*.${aggregate}.>`)) > 0) remaining.push(aggregate);
    }
    this.legacyGone = remaining.length === 0;
    return remaining;
  }
}
