/**
 * The cumulative figures of one scope (a tenant, a named route or an agent) over one period (the current interval or
 * today). Counts and sums only: averages and shares are computed when read (figuresView), so adding is exact.
 */
export interface Figures {
  entered: number;
  offered: number;
  accepted: number;
  rejected: number;
  offerTimeouts: number;
  /** Released while waiting, by the API or the caller (not by the route's plan): TaskRouter's abandoned. */
  abandoned: number;
  completed: number;
  transferred: number;
  /** Over `accepted`: seconds from entering the queue to the acceptance (speed of answer). */
  answerSecondsTotal: number;
  answerSecondsMax: number;
  acceptedWithinSla: number;
  /** Over `completed` with a known acceptance: seconds from acceptance to completion. */
  handled: number;
  handleSecondsTotal: number;
  /** Per wait-time threshold (same order as the settings'): accepted and abandoned within it. */
  acceptedWithin: number[];
  abandonedWithin: number[];
}

export function emptyFigures(thresholds: number): Figures {
  return {
    entered: 0,
    offered: 0,
    accepted: 0,
    rejected: 0,
    offerTimeouts: 0,
    abandoned: 0,
    completed: 0,
    transferred: 0,
    answerSecondsTotal: 0,
    answerSecondsMax: 0,
    acceptedWithinSla: 0,
    handled: 0,
    handleSecondsTotal: 0,
    acceptedWithin: new Array<number>(thresholds).fill(0),
    abandonedWithin: new Array<number>(thresholds).fill(0),
  };
}

/** What one event adds to the figures of every scope it concerns. */
export type FigureChange =
  | { kind: 'entered' | 'offered' | 'rejected' | 'offerTimeouts' | 'completed' | 'transferred' }
  | { kind: 'accepted'; waitSeconds: number; slaSeconds: number }
  | { kind: 'abandoned'; waitSeconds: number }
  | { kind: 'handled'; handleSeconds: number };

export function addChange(figures: Figures, change: FigureChange, thresholds: readonly number[]): void {
  switch (change.kind) {
    case 'accepted':
      figures.accepted += 1;
      figures.answerSecondsTotal += change.waitSeconds;
      figures.answerSecondsMax = Math.max(figures.answerSecondsMax, change.waitSeconds);
      if (change.waitSeconds <= change.slaSeconds) figures.acceptedWithinSla += 1;
      thresholds.forEach((threshold, index) => {
        if (change.waitSeconds <= threshold) figures.acceptedWithin[index] = (figures.acceptedWithin[index] ?? 0) + 1;
      });
      return;
    case 'abandoned':
      figures.abandoned += 1;
      thresholds.forEach((threshold, index) => {
        if (change.waitSeconds <= threshold) figures.abandonedWithin[index] = (figures.abandonedWithin[index] ?? 0) + 1;
      });
      return;
    case 'handled':
      figures.handled += 1;
      figures.handleSecondsTotal += change.handleSeconds;
      return;
    case 'entered':
    case 'offered':
    case 'rejected':
    case 'offerTimeouts':
    case 'completed':
    case 'transferred':
      figures[change.kind] += 1;
  }
}
