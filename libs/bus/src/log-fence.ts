import { JetStreamApiError, type JetStreamManager } from '@nats-io/jetstream';
import { EVENTS_STREAM, type TenantLogKind } from '@switchboard/contracts';

/** JetStream's answer to a publish whose `Nats-Expected-Last-Subject-Sequence` is not the subject's last. */
const WRONG_LAST_SEQUENCE = 10071;

/**
 * The log refused a record of a tenant: someone else stored one on its subject since this writer's last, so another
 * instance took the tenant over. Nothing of the record is stored; the writer must stop serving the tenant.
 */
export class TenantFencedError extends Error {
  constructor(
    readonly tenant: string,
    readonly subject: string,
    options?: ErrorOptions,
  ) {
    super(
      `another instance took tenant "${tenant}" over: the log refused this instance's record on ${subject}`,
      options,
    );
    this.name = 'TenantFencedError';
  }
}

export function isWrongLastSequence(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === WRONG_LAST_SEQUENCE;
}

/**
 * A record decided while this writer held the tenant under an earlier claim, sent after it claimed the tenant again
 * (it lost the tenant, or gave it up, and took it back meanwhile). The log would take it — it follows this writer's
 * own claim — but it was decided on the memory of that earlier holding, which the new one does not have: the tenant's
 * memory was read from the log again at the claim, and may already have been read past where this record would land.
 * Nothing of it is stored.
 */
export class StaleHoldingError extends Error {
  constructor(readonly tenant: string) {
    super(`a record of tenant "${tenant}" decided before this instance claimed the tenant again is not stored`);
    this.name = 'StaleHoldingError';
  }
}

/**
 * The last record this writer knows on each of its tenants' log subjects: what each of its next records expects to
 * follow. A tenant is in here between its claim and its release; a tenant never claimed is written unfenced; a tenant
 * whose record was refused is lost: nothing more of it is published until it is claimed again.
 */
export class LogFences {
  private readonly lastSeq = new Map<string, Map<TenantLogKind, number>>();
  private readonly lost = new Set<string>();
  /** Subjects (tenant → kinds) whose last record's fate is unknown: a publish timed out, and it may have been stored. */
  private readonly doubts = new Map<string, Set<TenantLogKind>>();
  /** Each tenant's current holding: a number given at each claim, so what an earlier claim decided can be told apart. */
  private readonly holdings = new Map<string, number>();
  private lastHolding = 0;

  /** A claim of the tenant begins: what was decided under the one before is not written from now on. */
  beginHolding(tenant: string): void {
    this.lastHolding += 1;
    this.holdings.set(tenant, this.lastHolding);
  }

  /** The tenant's current holding (0 before any claim): taken when a command is decided, checked when it is sent. */
  holding(tenant: string): number {
    return this.holdings.get(tenant) ?? 0;
  }

  set(tenant: string, kind: TenantLogKind, seq: number): void {
    this.lost.delete(tenant);
    this.doubts.get(tenant)?.delete(kind);
    const kinds = this.lastSeq.get(tenant) ?? new Map<TenantLogKind, number>();
    this.lastSeq.set(tenant, kinds);
    kinds.set(kind, seq);
  }

  /** The sequence the tenant's next record of `kind` must follow, or undefined when the tenant is not claimed. */
  expected(tenant: string, kind: TenantLogKind): number | undefined {
    return this.lastSeq.get(tenant)?.get(kind);
  }

  /** Moves the fence on after a record of a claimed tenant was stored (an unclaimed tenant stays unfenced). */
  stored(tenant: string, kind: TenantLogKind, seq: number): void {
    this.lastSeq.get(tenant)?.set(kind, seq);
  }

  /**
   * A record of a claimed tenant was sent and not confirmed (a timeout, a connection lost): it may be stored. The next
   * record cannot expect the sequence before it, nor the one it would have had: where the subject ends is read first.
   */
  doubt(tenant: string, kind: TenantLogKind): void {
    if (!this.lastSeq.has(tenant)) return;
    const kinds = this.doubts.get(tenant) ?? new Set<TenantLogKind>();
    this.doubts.set(tenant, kinds);
    kinds.add(kind);
  }

  doubted(tenant: string, kind: TenantLogKind): boolean {
    return this.doubts.get(tenant)?.has(kind) ?? false;
  }

  claimed(tenant: string): boolean {
    return this.lastSeq.has(tenant);
  }

  /** Another writer claimed the tenant: this one stops writing it. */
  lose(tenant: string): void {
    this.lastSeq.delete(tenant);
    this.doubts.delete(tenant);
    this.lost.add(tenant);
  }

  isLost(tenant: string): boolean {
    return this.lost.has(tenant);
  }

  /** Given up on purpose (the lease was handed back): the tenant is no longer this writer's, and nothing is owed. */
  release(tenant: string): void {
    this.lastSeq.delete(tenant);
    this.doubts.delete(tenant);
    this.lost.add(tenant);
  }
}

/** The last message of the event log on `subject`: its sequence and who wrote it (undefined before records, or none). */
export async function lastRecordOnSubject(
  manager: JetStreamManager,
  subject: string,
): Promise<{ seq: number; writer: string | undefined } | undefined> {
  const message = await manager.streams.getMessage(EVENTS_STREAM, { last_by_subj: subject });
  if (!message) return undefined;
  let writer: unknown;
  try {
    writer = (message.json<{ writer?: unknown }>() as { writer?: unknown } | null)?.writer;
  } catch {
    writer = undefined; // not JSON: not a record of anyone's
  }
  return { seq: message.seq, writer: typeof writer === 'string' ? writer : undefined };
}

/** The sequence of the last message of the event log on `subject`, or 0 when there is none. */
export async function lastSeqOnSubject(manager: JetStreamManager, subject: string): Promise<number> {
  return (await manager.streams.getMessage(EVENTS_STREAM, { last_by_subj: subject }))?.seq ?? 0;
}
