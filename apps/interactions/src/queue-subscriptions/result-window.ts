/**
 * The order of a limited queue subscription's interactions (ICWS queueResultOrder) and the ranking that keeps
 * them in it as they change, so the window — the first limitCount — is read without sorting the queue again.
 */

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Attribute values in order: as numbers when both are numbers (ids, counts), else as strings by UTF-16 code unit —
 * which puts ICWS times (20261121T161700Z, fixed width) in time order and "" (no value) first.
 */
export function compareValues(a: string, b: string): number {
  if (NUMBER.test(a) && NUMBER.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An interaction with the value it is ordered by ('' when the subscription has no order). */
export interface Ranked {
  readonly interactionId: string;
  readonly key: string;
}

/** By key (descending reverses it), then in queue order: interaction ids grow with time, so the oldest first. */
export function rankOrder(descending: boolean): (a: Ranked, b: Ranked) => number {
  const direction = descending ? -1 : 1;
  return (a, b) => direction * compareValues(a.key, b.key) || Number(a.interactionId) - Number(b.interactionId);
}

/** Interactions kept in rank order as they come, change their key and go; each a binary search and one splice. */
export class ResultRanking {
  private readonly ranked: Ranked[] = [];
  private readonly keys = new Map<string, string>();
  private readonly compare;

  constructor(descending: boolean) {
    this.compare = rankOrder(descending);
  }

  get size(): number {
    return this.ranked.length;
  }

  /** Puts the interaction in (or moves it to) its place for the key. */
  set(interactionId: string, key: string): void {
    if (this.keys.get(interactionId) === key) return;
    this.delete(interactionId);
    const entry = { interactionId, key };
    this.ranked.splice(this.indexOf(entry), 0, entry);
    this.keys.set(interactionId, key);
  }

  delete(interactionId: string): void {
    const key = this.keys.get(interactionId);
    if (key === undefined) return;
    this.ranked.splice(this.indexOf({ interactionId, key }), 1);
    this.keys.delete(interactionId);
  }

  /** The first `count` interaction ids in rank order. */
  first(count: number): string[] {
    return this.ranked.slice(0, count).map((entry) => entry.interactionId);
  }

  /** Where the entry is, or goes: the first position not before it. */
  private indexOf(entry: Ranked): number {
    let low = 0;
    let high = this.ranked.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const there = this.ranked[middle];
      if (there !== undefined && this.compare(there, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
