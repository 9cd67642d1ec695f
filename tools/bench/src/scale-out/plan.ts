/** How big and how long the loads of `npm run bench:scale-out` are. */
export interface ScaleOutPlan {
  /** Requests in flight at once, split evenly over the two tenants: each sends its next when the last one answered. */
  concurrency: number;
  /** A first load on each layout's fresh instances, not measured: JIT, connections, the tenants' first appends. */
  warmUpSeconds: number;
  /**
   * The measured load of each layout is this many windows, alternating with the other layout's (A B, B A, A B, …), so
   * that whatever else loads the machine weighs on both alike.
   */
  windows: number;
  windowSeconds: number;
}

export const FULL_PLAN: ScaleOutPlan = { concurrency: 50, warmUpSeconds: 5, windows: 6, windowSeconds: 5 };

/** `-- --quick`: the same figures from short loads (under a minute in all). */
export const QUICK_PLAN: ScaleOutPlan = { concurrency: 50, warmUpSeconds: 1, windows: 2, windowSeconds: 1.5 };
