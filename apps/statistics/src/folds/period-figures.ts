import { addChange, emptyFigures, type FigureChange, type Figures } from './figures.js';

/**
 * The figures of every scope over one kind of period (the interval, or the day). An event counts in the period its
 * own time (occurredAt) falls in, so a rebuild from the log counts exactly what the live fold counted; the first
 * event of a later period starts the figures over, and a read in a later period than the last event's sees zeros.
 */
export class PeriodFigures {
  private start = Number.NEGATIVE_INFINITY;
  private readonly scopes = new Map<string, Figures>();

  constructor(
    private readonly startOf: (at: number) => number,
    private readonly thresholds: readonly number[],
  ) {}

  add(at: number, scopes: readonly string[], change: FigureChange): void {
    const start = this.startOf(at);
    // an event of an earlier period (read while rebuilding the real-time state): not this period's
    if (start < this.start) return;
    if (start > this.start) {
      this.start = start;
      this.scopes.clear();
    }
    for (const scope of scopes) {
      let figures = this.scopes.get(scope);
      if (figures === undefined) {
        figures = emptyFigures(this.thresholds.length);
        this.scopes.set(scope, figures);
      }
      addChange(figures, change, this.thresholds);
    }
  }

  /** The period that holds `now`. */
  startAt(now: number): number {
    return this.startOf(now);
  }

  /** A scope's figures in the period that holds `now` (zeros when nothing of it happened yet). */
  read(scope: string, now: number): Figures {
    const figures = this.startOf(now) === this.start ? this.scopes.get(scope) : undefined;
    return figures ?? emptyFigures(this.thresholds.length);
  }

  /** The scopes with figures in the period that holds `now`. */
  scopesAt(now: number): string[] {
    return this.startOf(now) === this.start ? [...this.scopes.keys()] : [];
  }
}
