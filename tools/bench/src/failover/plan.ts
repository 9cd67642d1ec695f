/** How many stops `npm run bench:failover` times, and the load and pauses around them. */
export interface FailoverPlan {
  /** SIGKILLs of the tenant's holder: the figure issue 13 bounds. */
  kills: number;
  /** SIGTERMs of the holder (it hands its lease back): the baseline, spread among the kills. */
  gracefulStops: number;
  /** The load before the first stop, not measured: JIT, connections, the tenant's first appends. */
  warmUpSeconds: number;
  /**
   * After the stopped instance is back, the load runs this long before the next stop, plus a random part of a lease
   * renewal interval, so that kills fall anywhere between two renewals (a lease expires a TTL after its last renewal).
   */
  steadySeconds: number;
  senders: number;
  pauseMs: number;
  requestTimeoutMs: number;
}

const LOAD = { senders: 4, pauseMs: 20, requestTimeoutMs: 1_000 } as const;

export const FULL_PLAN: FailoverPlan = { kills: 20, gracefulStops: 5, warmUpSeconds: 5, steadySeconds: 3, ...LOAD };

/** `-- --quick`: a few stops of each kind (about a minute in all) to check the benchmark works. */
export const QUICK_PLAN: FailoverPlan = { kills: 5, gracefulStops: 2, warmUpSeconds: 2, steadySeconds: 1, ...LOAD };
