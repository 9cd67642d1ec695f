/** How big and how long each phase of `npm run bench:scale-out` is. */
export interface ScaleOutPlan {
  /** Requests in flight at once, split evenly over the two tenants: each sends its next when the last one answered. */
  concurrency: number;
  /** A first load on fresh instances, not measured: JIT, connections, the tenants' first appends. */
  warmUpSeconds: number;
  /** The measured closed-loop load of each phase. */
  runSeconds: number;
}

export const FULL_PLAN: ScaleOutPlan = { concurrency: 50, warmUpSeconds: 5, runSeconds: 30 };

/** `-- --quick`: the same figures from short loads (under a minute in all). */
export const QUICK_PLAN: ScaleOutPlan = { concurrency: 50, warmUpSeconds: 1, runSeconds: 3 };
