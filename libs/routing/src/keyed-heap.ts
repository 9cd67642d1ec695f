interface Slot<K, V> {
  key: K;
  value: V;
  index: number;
}

/**
 * A binary min-heap with at most one value per key, where a key's value can be replaced or removed in O(log n).
 * It holds exactly the current members — no superseded entries left to be skipped later — so its size and the
 * cost of every operation follow how many members there are, not how often they changed.
 */
export class KeyedHeap<K, V> {
  private readonly slots: Slot<K, V>[] = [];
  private readonly byKey = new Map<K, Slot<K, V>>();

  /** `before(a, b) < 0` when a comes out first; it must be a total order for the order to be deterministic. */
  constructor(private readonly before: (a: V, b: V) => number) {}

  get size(): number {
    return this.slots.length;
  }

  /** Every member's value, in no particular order. */
  values(): V[] {
    return this.slots.map((slot) => slot.value);
  }

  peek(): V | undefined {
    return this.slots[0]?.value;
  }

  /** Adds the key, or replaces its value. */
  set(key: K, value: V): void {
    const slot = this.byKey.get(key);
    if (!slot) {
      const added: Slot<K, V> = { key, value, index: this.slots.length };
      this.slots.push(added);
      this.byKey.set(key, added);
      this.up(added.index);
      return;
    }
    slot.value = value;
    this.restore(slot.index);
  }

  delete(key: K): boolean {
    const slot = this.byKey.get(key);
    if (!slot) return false;
    this.byKey.delete(key);
    const last = this.slots.pop() as Slot<K, V>;
    if (last !== slot) {
      this.place(last, slot.index);
      this.restore(slot.index);
    }
    return true;
  }

  private restore(index: number): void {
    if (!this.up(index)) this.down(index);
  }

  private place(slot: Slot<K, V>, index: number): void {
    this.slots[index] = slot;
    slot.index = index;
  }

  /** Moves the slot at `index` towards the root while it comes out before its parent; true when it moved. */
  private up(index: number): boolean {
    const slot = this.slots[index] as Slot<K, V>;
    let at = index;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.slots[parentAt] as Slot<K, V>;
      if (this.before(slot.value, parent.value) >= 0) break;
      this.place(parent, at);
      at = parentAt;
    }
    if (at === index) return false;
    this.place(slot, at);
    return true;
  }

  private down(index: number): void {
    const slot = this.slots[index] as Slot<K, V>;
    const count = this.slots.length;
    let at = index;
    for (;;) {
      const leftAt = 2 * at + 1;
      if (leftAt >= count) break;
      const rightAt = leftAt + 1;
      const left = this.slots[leftAt] as Slot<K, V>;
      const right = this.slots[rightAt];
      const child = right !== undefined && this.before(right.value, left.value) < 0 ? right : left;
      if (this.before(child.value, slot.value) >= 0) break;
      this.place(child, at);
      at = child === left ? leftAt : rightAt;
    }
    if (at !== index) this.place(slot, at);
  }
}
