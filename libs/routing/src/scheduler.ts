/**
 * The engine's one timer queue, on the caller's clock. Timers are checks, not commands: when one comes due the
 * engine re-examines the thing it names, so a timer that no longer applies (the offer was accepted, the agent
 * went ready by itself) does nothing, and nothing needs cancelling.
 */
export interface Timer<K extends string> {
  at: number;
  kind: K;
  id: string;
}

const INITIAL_CAPACITY = 64;

/**
 * A binary min-heap on (time, order scheduled) kept as parallel arrays: a big tenant holds hundreds of thousands
 * of timers, and comparing two of them reads two numbers side by side in one typed array instead of following a
 * pointer to each timer's object — taking the next timer stays cheap however many wait.
 */
export class Scheduler<K extends string> {
  private times = new Float64Array(INITIAL_CAPACITY);
  private seqs = new Float64Array(INITIAL_CAPACITY);
  private readonly kinds: K[] = [];
  private readonly ids: string[] = [];
  private count = 0;
  private seq = 0;

  get size(): number {
    return this.count;
  }

  schedule(at: number, kind: K, id: string): void {
    if (this.count === this.times.length) this.grow();
    this.seq += 1;
    let i = this.count;
    this.count += 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.earlier(at, this.seq, this.times[parent] as number, this.seqs[parent] as number)) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, at, this.seq, kind, id);
  }

  /** The earliest timer due at or before `now`, without removing it. */
  peekDue(now: number): Timer<K> | undefined {
    if (this.count === 0 || (this.times[0] as number) > now) return undefined;
    return { at: this.times[0] as number, kind: this.kinds[0] as K, id: this.ids[0] as string };
  }

  pop(): void {
    if (this.count === 0) return;
    this.count -= 1;
    const last = this.count;
    const at = this.times[last] as number;
    const seq = this.seqs[last] as number;
    const kind = this.kinds[last] as K;
    const id = this.ids[last] as string;
    this.kinds.length = last;
    this.ids.length = last;
    if (last === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && this.before(right, left) ? right : left;
      if (!this.earlier(this.times[child] as number, this.seqs[child] as number, at, seq)) break;
      this.move(child, i);
      i = child;
    }
    this.set(i, at, seq, kind, id);
  }

  /** Every timer, earliest first (ties in the order they were scheduled): scheduling them again in this order rebuilds the queue. */
  timers(): Timer<K>[] {
    const order = Array.from({ length: this.count }, (_, i) => i);
    order.sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0));
    return order.map((i) => ({ at: this.times[i] as number, kind: this.kinds[i] as K, id: this.ids[i] as string }));
  }

  nextAt(): number | undefined {
    return this.count === 0 ? undefined : this.times[0];
  }

  /** Whether the timer (at, seq) comes before the timer (otherAt, otherSeq). */
  private earlier(at: number, seq: number, otherAt: number, otherSeq: number): boolean {
    return at < otherAt || (at === otherAt && seq < otherSeq);
  }

  private before(a: number, b: number): boolean {
    return this.earlier(
      this.times[a] as number,
      this.seqs[a] as number,
      this.times[b] as number,
      this.seqs[b] as number,
    );
  }

  private move(from: number, to: number): void {
    this.set(
      to,
      this.times[from] as number,
      this.seqs[from] as number,
      this.kinds[from] as K,
      this.ids[from] as string,
    );
  }

  private set(index: number, at: number, seq: number, kind: K, id: string): void {
    this.times[index] = at;
    this.seqs[index] = seq;
    this.kinds[index] = kind;
    this.ids[index] = id;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    this.times = times;
    const seqs = new Float64Array(this.seqs.length * 2);
    seqs.set(this.seqs);
    this.seqs = seqs;
  }
}
