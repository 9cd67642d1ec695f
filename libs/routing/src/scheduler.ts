import { Heap } from 'heap-js';

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

export class Scheduler<K extends string> {
  private readonly heap = new Heap<Timer<K> & { seq: number }>((a, b) => a.at - b.at || a.seq - b.seq);
  private seq = 0;

  schedule(at: number, kind: K, id: string): void {
    this.heap.push({ at, kind, id, seq: (this.seq += 1) });
  }

  /** The earliest timer due at or before `now`, without removing it. */
  peekDue(now: number): Timer<K> | undefined {
    const top = this.heap.peek();
    return top && top.at <= now ? top : undefined;
  }

  pop(): void {
    this.heap.pop();
  }

  nextAt(): number | undefined {
    return this.heap.peek()?.at;
  }
}
