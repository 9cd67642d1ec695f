/** CPU seconds spent per 1,000 dispatches; NaN when nothing was dispatched (no figure rather than a huge one). */
export function cpuSecondsPerThousand(cpuSeconds: number, dispatches: number): number {
  return dispatches > 0 ? (cpuSeconds * 1000) / dispatches : Number.NaN;
}

/** The CPU seconds a set of processes used between two readings of each (same order), summed. */
export function cpuSecondsBetween(before: readonly number[], after: readonly number[]): number {
  if (before.length !== after.length) throw new Error(`${before.length} readings before but ${after.length} after`);
  return after.reduce((sum, seconds, index) => sum + seconds - (before[index] ?? Number.NaN), 0);
}

/** How much the scaled-out layout costs per unit of work relative to one instance: the figure issue 13 bounds by 1.1. */
export function scaleOutRatio(onePerThousand: number, twoPerThousand: number): number {
  return onePerThousand > 0 ? twoPerThousand / onePerThousand : Number.NaN;
}

/**
 * The lowest ratio B / A the service could show on this stack: its own cost per 1,000 dispatches in A, plus only what
 * the baseline's second instance adds per 1,000 (the stack's own cost of scaling out, in CPU seconds), over A. A ratio
 * at this floor means the service adds nothing of its own when scaled out.
 */
export function stackFloorRatio(
  onePerThousand: number,
  bareOnePerThousand: number,
  bareTwoPerThousand: number,
): number {
  return scaleOutRatio(onePerThousand, onePerThousand + bareTwoPerThousand - bareOnePerThousand);
}

/** What one layout did and used in its measured windows, added up. */
export interface LayoutTotals {
  /** Dispatches answered ok, by tenant. */
  byTenant: Record<string, number>;
  failures: number;
  /** Answers later than their due time allows (open loop only): a layout that did not keep the rate. */
  late: number;
  seconds: number;
  /** CPU seconds of the layout's interactions instances, summed over them. */
  interactionsCpuSeconds: number;
  natsServerCpuSeconds: number;
  /** Read and write calls of the instances, summed (process-activity.ts). */
  interactionsSyscalls: number;
  /** Times the instances' event loops went to sleep for I/O, summed. */
  interactionsWakeups: number;
  /** Times the instances' event loops were put off their core for another process, summed. */
  interactionsPreemptions: number;
}

export const NO_TOTALS: LayoutTotals = {
  byTenant: {},
  failures: 0,
  late: 0,
  seconds: 0,
  interactionsCpuSeconds: 0,
  natsServerCpuSeconds: 0,
  interactionsSyscalls: 0,
  interactionsWakeups: 0,
  interactionsPreemptions: 0,
};

export function addWindow(totals: LayoutTotals, window: LayoutTotals): LayoutTotals {
  const byTenant = { ...totals.byTenant };
  for (const [tenant, count] of Object.entries(window.byTenant)) byTenant[tenant] = (byTenant[tenant] ?? 0) + count;
  return {
    byTenant,
    failures: totals.failures + window.failures,
    late: totals.late + window.late,
    seconds: totals.seconds + window.seconds,
    interactionsCpuSeconds: totals.interactionsCpuSeconds + window.interactionsCpuSeconds,
    natsServerCpuSeconds: totals.natsServerCpuSeconds + window.natsServerCpuSeconds,
    interactionsSyscalls: totals.interactionsSyscalls + window.interactionsSyscalls,
    interactionsWakeups: totals.interactionsWakeups + window.interactionsWakeups,
    interactionsPreemptions: totals.interactionsPreemptions + window.interactionsPreemptions,
  };
}

export const dispatchesOf = (totals: LayoutTotals): number =>
  Object.values(totals.byTenant).reduce((sum, count) => sum + count, 0);
