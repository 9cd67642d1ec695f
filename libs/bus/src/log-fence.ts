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
    super(`another instance took tenant "${tenant}" over: the log refused this instance's record on ${subject}`, options);
    this.name = 'TenantFencedError';
  }
}

export function isWrongLastSequence(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === WRONG_LAST_SEQUENCE;
}

/**
 * The last record this writer knows on each of its tenants' log subjects: what each of its next records expects to
 * follow. A tenant is in here between its claim and its release; a tenant never claimed is written unfenced; a tenant
 * whose record was refused is lost: nothing more of it is published until it is claimed again.
 */
export class LogFences {
  private readonly lastSeq = new Map<string, Map<TenantLogKind, number>>();
  private readonly lost = new Set<string>();

  set(tenant: string, kind: TenantLogKind, seq: number): void {
    this.lost.delete(tenant);
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

  claimed(tenant: string): boolean {
    return this.lastSeq.has(tenant);
  }

  /** Another writer claimed the tenant: this one stops writing it. */
  lose(tenant: string): void {
    this.lastSeq.delete(tenant);
    this.lost.add(tenant);
  }

  isLost(tenant: string): boolean {
    return this.lost.has(tenant);
  }

  /** Given up on purpose (the lease was handed back): the tenant is no longer this writer's, and nothing is owed. */
  release(tenant: string): void {
    this.lastSeq.delete(tenant);
    this.lost.add(tenant);
  }
}

/** The sequence of the last message of the event log on `subject`, or 0 when there is none. */
export async function lastSeqOnSubject(manager: JetStreamManager, subject: string): Promise<number> {
  return (await manager.streams.getMessage(EVENTS_STREAM, { last_by_subj: subject }))?.seq ?? 0;
}
