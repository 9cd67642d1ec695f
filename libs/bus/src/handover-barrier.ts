/**
 * Keeps a durable consumer's order across a crash. When an instance starts, the events its predecessor had in
 * hand (`pending` of them, none above `deliveredSeq`) are delivered again only once their ack wait runs out —
 * after newer events have started to arrive. Handling those newer ones first would overtake the older ones of the
 * same interaction, so they are held until every event in hand before has come back, or until `deadlineMs`
 * passed (another live instance holds some of them: they will never come here).
 *
 * Tasks run synchronously when admitted, and held ones in arrival order, so a handler that registers its work in
 * order (a chain per interaction) keeps that order.
 */
export class HandoverBarrier {
  private open: boolean;
  private readonly returned = new Set<number>();
  private held: { run: () => void; drop: () => void }[] = [];
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deliveredSeq: number,
    private readonly pending: number,
    deadlineMs: number,
  ) {
    this.open = pending === 0;
    if (!this.open) {
      this.timer = setTimeout(() => {
        this.release();
      }, deadlineMs);
      this.timer.unref();
    }
  }

  /** Runs `run` now, or once the barrier opens; `drop` instead when the barrier is closed first. */
  admit(seq: number, run: () => void, drop: () => void): void {
    if (this.open) {
      run();
      return;
    }
    if (seq > this.deliveredSeq) {
      this.held.push({ run, drop });
      return;
    }
    // Delivered before this instance started: one of the predecessor's, delivered again.
    run();
    this.returned.add(seq);
    if (this.returned.size >= this.pending) this.release();
  }

  /** Stops holding: whatever is held is dropped (left unacknowledged, so it is delivered again later). */
  close(): void {
    clearTimeout(this.timer);
    this.open = true;
    const held = this.held;
    this.held = [];
    for (const task of held) task.drop();
  }

  private release(): void {
    clearTimeout(this.timer);
    this.open = true;
    const held = this.held;
    this.held = [];
    for (const task of held) task.run();
  }
}
