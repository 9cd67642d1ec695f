import type { InteractionCommandReply } from '@switchboard/contracts';

/** What a VCC request did the first time its requestid was processed. */
export interface FirstOutcome {
  action: 'dispatch' | 'release';
  interactionId: string;
  /** The externalid the first request named; none when it named none. */
  externalId?: string;
}

/**
 * A remembered request id. `action` is absent only in entries a snapshot taken before it was recorded holds: those
 * name their interaction and nothing more, and expire with the retention like any other.
 */
export interface LedgerEntry {
  interactionId: string;
  at: number;
  action?: FirstOutcome['action'];
  externalId?: string;
}

/**
 * The VCC request ids a tenant processed, each with the outcome of its first processing, for the retention window:
 * a repeat inside it is answered with that outcome and not acted on again, whatever the repeat itself asks. A
 * request that was refused is not processed, so its id is not remembered.
 */
export class RequestLedger {
  constructor(
    private readonly retentionMs: number,
    /** Insertion order is time order: the pruning relies on it. Shared with snapshots as it is. */
    readonly entries = new Map<string, LedgerEntry>(),
  ) {}

  /** The first outcome of a request id, while it is remembered. */
  firstOutcome(requestId: string | undefined, now: number): LedgerEntry | undefined {
    if (requestId === undefined) return undefined;
    const seen = this.entries.get(requestId);
    return seen && now - seen.at < this.retentionMs ? seen : undefined;
  }

  /** The answer to a request whose id was processed before: its first outcome, flagged a duplicate. */
  repeatOf(requestId: string | undefined, now: number): InteractionCommandReply | undefined {
    const first = this.firstOutcome(requestId, now);
    if (!first) return undefined;
    const { action, externalId } = first;
    return {
      ok: true,
      interactionId: first.interactionId,
      duplicate: true,
      ...(action === undefined
        ? {}
        : { firstRequest: { action, ...(externalId === undefined ? {} : { externalId }) } }),
    };
  }

  /**
   * Remembered from its first processing while that is remembered: a later event about the same interaction must not
   * replace the outcome or extend the retention. A forgotten one is moved to the end, so the order stays time order.
   */
  remember(requestId: string | undefined, outcome: FirstOutcome, at: number): void {
    if (requestId === undefined) return;
    if (this.firstOutcome(requestId, at)) return;
    this.entries.delete(requestId);
    const { action, interactionId, externalId } = outcome;
    this.entries.set(requestId, { interactionId, at, action, ...(externalId === undefined ? {} : { externalId }) });
    this.forgetExpired(at);
  }

  /** Map iteration follows insertion order, which is time order: stop at the first one still remembered. */
  private forgetExpired(now: number): void {
    for (const [requestId, seen] of this.entries) {
      if (now - seen.at < this.retentionMs) return;
      this.entries.delete(requestId);
    }
  }
}
