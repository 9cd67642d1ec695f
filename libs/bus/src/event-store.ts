import { hostname } from 'node:os';
import {
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import {
  BusValidator,
  eventChannelOfType,
  EVENTS_STREAM,
  EVENTS_SUBJECTS,
  eventSubject,
  logKindOf,
  TENANT_LOG_KINDS,
  tenantLogSubject,
  type DomainEvent,
  type TenantLogKind,
} from '@switchboard/contracts';
import { ensureDerivedStream } from './derived-stream.js';
import { decodeLogMessage, encodeRecord, recordOverheadBytes } from './event-record.js';
import {
  isWrongLastSequence,
  lastRecordOnSubject,
  lastSeqOnSubject,
  LogFences,
  StaleHoldingError,
  TenantFencedError,
} from './log-fence.js';
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
    super(
      `a ${eventType} event of ${String(bytes)} bytes is over the limit of ${String(limit)} bytes one event may take`,
    );
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

/** One record to store: the domain events of a batch of one tenant of one kind, as encoded for the size check. */
interface PendingRecord {
  tenant: string;
  kind: TenantLogKind;
  subject: string;
  /** Positions in the caller's list of the events it holds, in order. */
  indexes: number[];
  encoded: string[];
  /** The bytes of each encoded event. */
  sizes: number[];
}

/**
 * The durable event log: the source of truth of the interactions service. Domain events are stored in records (the
 * contract's EventRecord): each batch of a tenant's domain events as one message on its log subject, stored whole or
 * not at all. A tenant this writer claimed is fenced: each record expects its subject's last record to be this
 * writer's, so once another instance claimed the tenant, this one's records are refused (TenantFencedError).
 */
export class EventStore {
  private readonly js: JetStreamClient;
  private readonly encoder = new TextEncoder();
  private readonly fences = new LogFences();
  /**
   * Each event's JSON as `tooLarge` measured it, so that the append which follows does not encode it again (events are
   * facts: never changed once decided).
   */
  private readonly encodings = new WeakMap<DomainEvent, string>();

  private constructor(
    private readonly connection: NatsConnection,
    private readonly manager: JetStreamManager,
    private readonly validator: BusValidator,
    private readonly maxEventBytes: number,
    /** Named in every record it stores: which instance wrote what, when the log is read after a takeover. */
    readonly writer: string,
    publishTimeoutMs: number | undefined,
  ) {
    this.js = jetstream(connection, publishTimeoutMs === undefined ? {} : { timeout: publishTimeoutMs });
  }

  /**
   * `maxEventBytes` lowers MAX_EVENT_BYTES (tests); the server's own max_payload lowers it too. `publishTimeoutMs`
   * (tests) replaces the JetStream client's wait for a publish's confirmation.
   */
  static async open(
    connection: NatsConnection,
    options: { maxEventBytes?: number; writer?: string; publishTimeoutMs?: number } = {},
  ): Promise<EventStore> {
    await ensureEventStream(connection);
    // what is derived for one reader is published here too, and lands in its own stream by its subject (sb.v1.drv.>)
    await ensureDerivedStream(connection);
    const writer = options.writer ?? `${hostname()}:${String(process.pid)}`;
    return new EventStore(
      connection,
      await jetstreamManager(connection),
      new BusValidator(),
      options.maxEventBytes ?? MAX_EVENT_BYTES,
      writer,
      options.publishTimeoutMs,
    );
  }

  /** The most bytes one event may take on the server connected now: alone in a record, it must fit one message. */
  eventLimit(): number {
    return Math.min(this.maxEventBytes, this.recordLimit() - recordOverheadBytes(this.writer));
  }

  /** Why `event` cannot be stored, or undefined when it can: the check `append` makes, for a caller to make first. */
  tooLarge(event: DomainEvent): EventTooLargeError | undefined {
    const limit = this.eventLimit();
    const bytes = Buffer.byteLength(this.encode(event));
    return bytes > limit ? new EventTooLargeError(event.type, bytes, limit) : undefined;
  }

  private encode(event: DomainEvent): string {
    let encoded = this.encodings.get(event);
    if (encoded === undefined) {
      encoded = JSON.stringify(event);
      this.encodings.set(event, encoded);
    }
    return encoded;
  }

  /**
   * Makes this writer the tenant's only one: stores an empty record on each of the tenant's log subjects, expecting
   * the last record there (read just before, and read again when someone wrote meanwhile). From then on any record
   * of the previous writer is refused, and this writer's records are fenced. Resolves with the highest sequence it
   * stored: a replay of the tenant up to it holds everything any earlier writer stored.
   */
  async claim(tenant: string): Promise<number> {
    // before anything of the claim is read: a record decided under an earlier holding and sent from now on would land
    // after the log was read for this one
    this.fences.beginHolding(tenant);
    let last = 0;
    for (const kind of TENANT_LOG_KINDS) {
      const subject = tenantLogSubject(tenant, kind);
      for (let attempt = 1; ; attempt += 1) {
        const previous = await lastSeqOnSubject(this.manager, subject);
        try {
          const ack = await this.js.publish(subject, encodeRecord(this.writer, []), {
            expect: { lastSubjectSequence: previous },
          });
          this.fences.set(tenant, kind, ack.seq);
          last = Math.max(last, ack.seq);
          break;
        } catch (error) {
          // another writer stored a record between the read and the claim: read again, claim after it — but a writer
          // that keeps writing is not one whose lease ran out, and a claim must not race it for ever
          if (!isWrongLastSequence(error) || attempt >= MAX_CLAIM_ATTEMPTS) throw error;
        }
      }
    }
    return last;
  }

  /**
   * The tenant's current holding, to be taken when its events are decided and given to `publishAll`: records of an
   * earlier holding (decided before this writer claimed the tenant again) are then refused (StaleHoldingError).
   */
  holding(tenant: string): number {
    return this.fences.holding(tenant);
  }

  /** Whether this writer holds the tenant's fence: it claimed it and no record of it was refused since. */
  holds(tenant: string): boolean {
    return this.fences.claimed(tenant) && !this.fences.isLost(tenant);
  }

  /**
   * Whether the tenant's log still ends in this writer's records, asked of the log rather than of what this writer
   * last heard: one paused past its lease learns it lost the tenant only when it next writes, and must not meanwhile
   * store what it holds of the tenant elsewhere (a snapshot).
   */
  async stillHolds(tenant: string): Promise<boolean> {
    if (!this.holds(tenant)) return false;
    for (const kind of TENANT_LOG_KINDS) {
      const last = await lastRecordOnSubject(this.manager, tenantLogSubject(tenant, kind));
      if (last !== undefined && last.writer !== this.writer) return false;
    }
    return true;
  }

  /** The tenant is no longer this writer's (its lease was handed back): nothing more of it is published. */
  release(tenant: string): void {
    this.fences.release(tenant);
  }

  /**
   * Appends in order and resolves once JetStream has stored every event. Every event is encoded and measured before
   * anything is published: one the log cannot take fails the whole append with an EventTooLargeError, and nothing of
   * it is stored. Otherwise it fails with the first failure, once nothing of it is still in flight.
   */
  async append(events: readonly DomainEvent[]): Promise<void> {
    const failure = (await this.publishAll(events)).find((outcome) => outcome instanceof Error);
    if (failure !== undefined) throw failure;
  }

  /**
   * The publishes of `append`: the domain events as one record per tenant and log kind (several, one after another,
   * when they exceed one message), the derived ones one message each, all written on the connection at once, then one
   * wait for their acks. Resolves, once every publish has settled, with each event's sequence in the domain log (its
   * record's; 0: a derived event, stored in SB_DERIVED), or what its publish failed with. The size check is `append`'s:
   * it throws before publishing. `holding` (the `holding` of the events' tenant when they were decided) refuses them
   * all, with a StaleHoldingError, when that tenant has been claimed again since.
   */
  async publishAll(events: readonly DomainEvent[], options: { holding?: number } = {}): Promise<(Error | number)[]> {
    const limit = this.eventLimit();
    const outcomes: (Error | number)[] = new Array<Error | number>(events.length).fill(0);
    const { holding } = options;
    const staleTenant =
      holding === undefined ? undefined : events.find((event) => this.fences.holding(event.tenant) !== holding)?.tenant;
    if (staleTenant !== undefined) return outcomes.fill(new StaleHoldingError(staleTenant));
    const records = new Map<string, PendingRecord>();
    const derived: { index: number; subject: string; data: Uint8Array; id: string }[] = [];
    events.forEach((event, index) => {
      const encoded = this.encode(event);
      const bytes = Buffer.byteLength(encoded);
      if (bytes > limit) throw new EventTooLargeError(event.type, bytes, limit);
      const subject = eventSubject(eventChannelOfType[event.type], event.tenant);
      if (subject.startsWith(DERIVED_PREFIX)) {
        derived.push({ index, subject, data: this.encoder.encode(encoded), id: event.id });
        return;
      }
      const kind = logKindOf(event);
      const recordSubject = tenantLogSubject(event.tenant, kind);
      const record = records.get(recordSubject) ?? {
        tenant: event.tenant,
        kind,
        subject: recordSubject,
        indexes: [],
        encoded: [],
        sizes: [],
      };
      records.set(recordSubject, record);
      record.indexes.push(index);
      record.encoded.push(encoded);
      record.sizes.push(bytes);
    });
    // records first, so that what is derived from the facts is never on the wire before them
    const stored = [...records.values()].map((record) => this.storeRecord(record, events, outcomes, holding));
    const published = derived.map(async ({ index, subject, data, id }) => {
      try {
        await this.js.publish(subject, data, { msgID: id });
      } catch (error) {
        outcomes[index] = toError(error);
      }
    });
    await Promise.all([...stored, ...published]);
    return outcomes;
  }

  /**
   * Calls `apply` for every stored event (or those on `filterSubject`) from stream sequence `fromSeq` on, oldest first,
   * with its record's sequence, and resolves with how many there were. An event that does not match the contract stops
   * the replay: state folded without it would be silently wrong.
   */
  async replay(
    apply: (event: DomainEvent, seq: number) => void,
    filterSubject: string = EVENTS_SUBJECTS,
    fromSeq = 1,
  ): Promise<number> {
    // Read up to the last message on the filter as it is now, not until the consumer says nothing is pending: after a
    // filtered purge, nats-server 2.9 may count purged messages as pending for ever.
    const end = await lastSeqOnSubject(this.manager, filterSubject);
    if (end < fromSeq) return 0;
    // One subject as a string: the array form needs nats-server 2.10, and Debian ships 2.9.
    const consumer = await this.js.consumers.get(EVENTS_STREAM, {
      filter_subjects: filterSubject,
      ...(fromSeq > 1 ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: fromSeq } : {}),
    });
    const messages = await consumer.consume();
    let count = 0;
    try {
      for await (const message of messages) {
        const events = decodeLogMessage(message.data, this.validator);
        if (typeof events === 'string') {
          throw new Error(
            `the event log holds a message that does not match the bus contract at sequence ${message.seq}: ${events}`,
          );
        }
        for (const event of events) apply(event, message.seq);
        count += events.length;
        if (message.seq >= end) break;
      }
    } finally {
      await messages.close();
    }
    return count;
  }

  /** The most bytes one record may take: the server's max_payload, less room for the headers. */
  private recordLimit(): number {
    const serverMax = this.connection.info?.max_payload;
    return serverMax === undefined
      ? this.maxEventBytes + recordOverheadBytes(this.writer)
      : serverMax - HEADER_ALLOWANCE_BYTES;
  }

  /**
   * Stores one tenant's events of one kind as records of at most `recordLimit` bytes, one after another (each fenced
   * on the one before), setting each event's outcome; after a failure, nothing more of them is published.
   */
  private async storeRecord(
    record: PendingRecord,
    events: readonly DomainEvent[],
    outcomes: (Error | number)[],
    holding: number | undefined,
  ): Promise<void> {
    const limit = this.recordLimit() - recordOverheadBytes(this.writer);
    let from = 0;
    while (from < record.indexes.length) {
      let to = from;
      let bytes = 0;
      // at least one event per record: each alone fits (eventLimit); a comma between two
      while (to < record.indexes.length && (to === from || bytes + (record.sizes[to] ?? 0) + 1 <= limit)) {
        bytes += (record.sizes[to] ?? 0) + 1;
        to += 1;
      }
      const indexes = record.indexes.slice(from, to);
      const outcome = await this.publishRecord(
        record,
        record.encoded.slice(from, to),
        events[indexes[0] ?? -1]?.id,
        holding,
      );
      for (const index of indexes) outcomes[index] = outcome;
      if (outcome instanceof Error) {
        for (const index of record.indexes.slice(to)) outcomes[index] = outcome;
        return;
      }
      from = to;
    }
  }

  /**
   * One record, fenced when its tenant is claimed; resolves with its sequence or why it is not stored. Its Nats-Msg-Id
   * is its first event's id, so the same batch appended again (a retry) is stored once. The holding is checked again
   * after every wait: the tenant may have been claimed again while one record of the batch was being stored.
   */
  private async publishRecord(
    record: PendingRecord,
    encoded: readonly string[],
    firstEventId: string | undefined,
    holding: number | undefined,
  ): Promise<Error | number> {
    const stale = (): boolean => holding !== undefined && this.fences.holding(record.tenant) !== holding;
    if (stale()) return new StaleHoldingError(record.tenant);
    if (this.fences.isLost(record.tenant)) return new TenantFencedError(record.tenant, record.subject);
    if (this.fences.doubted(record.tenant, record.kind)) {
      const settled = await this.settleDoubt(record).catch(toError);
      if (settled instanceof Error) return settled;
      if (stale()) return new StaleHoldingError(record.tenant);
    }
    const expected = this.fences.expected(record.tenant, record.kind);
    try {
      const ack = await this.js.publish(record.subject, encodeRecord(this.writer, encoded), {
        ...(firstEventId === undefined ? {} : { msgID: firstEventId }),
        ...(expected === undefined ? {} : { expect: { lastSubjectSequence: expected } }),
      });
      this.fences.stored(record.tenant, record.kind, ack.seq);
      return ack.seq;
    } catch (error) {
      if (expected !== undefined && isWrongLastSequence(error)) {
        // the subject moved on: another instance's claim — or a record of ours that was not confirmed and landed late
        const settled = await this.settleDoubt(record).catch(toError);
        return settled ?? new TenantFencedError(record.tenant, record.subject, { cause: error });
      }
      // not confirmed is not refused: the record may be stored (the stream's leader died after its quorum took it)
      this.fences.doubt(record.tenant, record.kind);
      return toError(error);
    }
  }

  /**
   * Where a subject ends after a record of ours was not confirmed. Its last record is ours: the next record follows
   * it — but when it is the unconfirmed one, stored after all, this record is refused once more (not fenced): the
   * tenant's memory, rebuilt from the log when the record failed, may have been read before the record landed (a
   * publish sent before a NATS node died can be stored after its timeout), and commands decided on that memory must
   * not be stored after it; the next rebuild reads it. Anyone else's record: another instance claimed the tenant.
   */
  private async settleDoubt(record: PendingRecord): Promise<Error | undefined> {
    const confirmed = this.fences.expected(record.tenant, record.kind);
    const last = await lastRecordOnSubject(this.manager, record.subject);
    if (last?.writer === this.writer) {
      this.fences.set(record.tenant, record.kind, last.seq);
      if (confirmed !== undefined && last.seq > confirmed) {
        return new Error(
          `a record of tenant "${record.tenant}" that was not confirmed is in the log after all (${String(last.seq)}): the tenant is read again first`,
        );
      }
      return undefined;
    }
    this.fences.lose(record.tenant);
    return new TenantFencedError(record.tenant, record.subject);
  }
}

const DERIVED_PREFIX = 'sb.v1.drv.';
/** How many times a claim reads the subject's last record again after another writer stored one meanwhile. */
const MAX_CLAIM_ATTEMPTS = 5;

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
