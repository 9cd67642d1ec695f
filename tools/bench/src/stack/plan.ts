/** How big and how long each measurement of `npm run bench:stack` is. */
export interface StackPlan {
  /** Agents in the generated tenant (none signs in for the dispatch figures: interactions wait in line). */
  agents: number;
  /** Connections of the load tool, for the platform and the bare baseline alike. */
  connections: number;
  /** A first load on the platform, not measured: JIT, connection pools, caches. */
  warmUpSeconds: number;
  /** Each measured load. */
  runSeconds: number;
  /** Dispatches per Invoke in the batch figure. */
  batchSize: number;
}

export const FULL_PLAN: StackPlan = { agents: 1_000, connections: 50, warmUpSeconds: 5, runSeconds: 30, batchSize: 50 };

/** `-- --quick`: the same figures, smaller and shorter (under a minute in all). */
export const QUICK_PLAN: StackPlan = { agents: 100, connections: 50, warmUpSeconds: 1, runSeconds: 5, batchSize: 50 };
