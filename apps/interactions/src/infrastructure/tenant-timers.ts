import { Heap } from 'heap-js';
import { runOutsideRequest } from '@switchboard/logging';
import type { Clock } from '../domain/clock.js';

/** setTimeout's ceiling; a later due time is simply re-armed when the timer fires. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

interface Entry {
  readonly dueAt: number;
  readonly tenant: string;
}

/**
 * When each tenant next needs routing on a timer, and one real timer for the earliest of them all: scheduling a tenant
 * costs O(log n) and a due time runs `onDue` for that tenant only, so a command costs the same with 1 tenant or 1,000.
 *
 * A min-heap of (dueAt, tenant) with lazy invalidation: a tenant's entry is live only while its due time is still the one
 * in `dueAt`; a superseded entry stays in the heap until it comes to the top and is dropped. When superseded entries
 * outnumber live ones the heap is rebuilt from `dueAt`, so its size follows the tenants with a timer, not how often their
 * timers moved.
 */
export class TenantTimers {
  private readonly heap = new Heap<Entry>(
    (a, b) => a.dueAt - b.dueAt || (a.tenant < b.tenant ? -1 : a.tenant > b.tenant ? 1 : 0),
  );
  /** Each tenant's live due time (epoch ms). */
  private readonly dueAt = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  /** The due time `timer` is armed for, so that a schedule later than it leaves it alone. */
  private armedAt: number | undefined;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly onDue: (tenant: string) => void,
  ) {}

  /** The tenant's next due time, replacing any earlier one; `undefined` when it needs no timer. */
  schedule(tenant: string, at: number | undefined): void {
    if (this.stopped || this.dueAt.get(tenant) === at) return;
    if (at === undefined) {
      this.dueAt.delete(tenant); // its entry is superseded: dropped when it reaches the top
    } else {
      this.dueAt.set(tenant, at);
      this.heap.push({ dueAt: at, tenant });
      if (this.heap.size() > 2 * this.dueAt.size + 16) this.compact();
    }
    this.arm();
  }

  /** Tenants with a timer (for tests and metrics). */
  get size(): number {
    return this.dueAt.size;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.timer = undefined;
    this.armedAt = undefined;
    const now = this.clock.now();
    const due: string[] = [];
    for (let top = this.liveTop(); top && top.dueAt <= now; top = this.liveTop()) {
      this.heap.pop();
      this.dueAt.delete(top.tenant);
      due.push(top.tenant);
    }
    this.arm();
    // once the heap is consistent again: onDue may schedule the same tenant synchronously
    for (const tenant of due) this.onDue(tenant);
  }

  /** Arms the one real timer for the earliest live due time, unless it is armed for that already. */
  private arm(): void {
    if (this.stopped) return;
    const top = this.liveTop();
    if (top?.dueAt === this.armedAt) return; // armed for it already (`armedAt` is set exactly while `timer` is)
    clearTimeout(this.timer);
    this.timer = undefined;
    this.armedAt = top?.dueAt;
    if (!top) return;
    const delay = Math.min(Math.max(0, top.dueAt - this.clock.now()), MAX_TIMER_DELAY_MS);
    // armed during one command, it fires for every tenant due: its lines are no request's
    this.timer = runOutsideRequest(() =>
      setTimeout(() => {
        this.fire();
      }, delay),
    );
    this.timer.unref();
  }

  /** The earliest live entry, dropping superseded ones on the way. */
  private liveTop(): Entry | undefined {
    for (let top = this.heap.peek(); top; top = this.heap.peek()) {
      if (this.dueAt.get(top.tenant) === top.dueAt) return top;
      this.heap.pop();
    }
    return undefined;
  }

  private compact(): void {
    this.heap.init([...this.dueAt].map(([tenant, dueAt]) => ({ dueAt, tenant })));
  }
}
