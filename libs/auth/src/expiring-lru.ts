/**
 * A bounded map whose entries expire: when it is full the least recently used entry goes, and an entry is never
 * answered from its expiry on. A Map keeps insertion order, so re-inserting on every hit makes its first key the
 * least recently used one.
 */
export class ExpiringLru<V> {
  private readonly entries = new Map<string, { value: V; expiresAtMs: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expiresAtMs <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, expiresAtMs: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const leastRecent = this.entries.keys().next();
      if (leastRecent.done !== true) this.entries.delete(leastRecent.value);
    }
    this.entries.set(key, { value, expiresAtMs });
  }
}
