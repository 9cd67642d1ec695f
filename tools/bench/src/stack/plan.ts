/** How big and how long each measurement of `npm run bench:stack` is. */
export interface StackPlan {
  /** Agents in the generated tenant, all signed in, connected over CometD and Ready for the invitation latency. */
  agents: number;
  /** Dispatches per second at which the invitation latency is measured, each for `inviteSeconds`. */
  inviteRates: readonly number[];
  inviteSeconds: number;
  /** How long to wait after the last dispatch of a rate for the invitations still under way. */
  drainSeconds: number;
  /** Connections of the load tool, for the platform and the bare baseline alike. */
  connections: number;
  /** A first load on the platform, not measured: JIT, connection pools, caches. */
  warmUpSeconds: number;
  /** Each measured closed-loop load (the agents signed out by then: dispatched interactions wait in line). */
  runSeconds: number;
  /** Dispatches per Invoke in the batch figure. */
  batchSize: number;
  /** Interactions waiting in line when each process's resident memory is read. */
  waitingForMemory: number;
  /**
   * Agents connected at once over CometD, one size after the other (the most one gateway and one notifier hold);
   * a size the open-file limits cannot hold is reported as not attempted.
   */
  heldSizes: readonly number[];
  /** How long to wait for the invitations of one held size once every one is dispatched. */
  heldDrainSeconds: number;
  /** Events in the log when the interactions service is killed and restarted. */
  restartEvents: number;
  /** How long the restarted service has to write a snapshot of what it restored, when it keeps snapshots. */
  snapshotWaitSeconds: number;
  /** SNAPSHOT_EVERY_EVENTS of the restart's platform; undefined: the service's default. */
  snapshotEveryEvents?: number;
}

export const FULL_PLAN: StackPlan = {
  agents: 1_000,
  inviteRates: [100, 500, 1_000],
  inviteSeconds: 10,
  drainSeconds: 15,
  connections: 50,
  warmUpSeconds: 5,
  runSeconds: 30,
  batchSize: 50,
  waitingForMemory: 100_000,
  heldSizes: [1_000, 5_000, 20_000],
  heldDrainSeconds: 60,
  restartEvents: 1_000_000,
  snapshotWaitSeconds: 60,
};

/** `-- --quick`: the same figures, smaller and shorter (under a minute in all, the build included). */
export const QUICK_PLAN: StackPlan = {
  agents: 50,
  inviteRates: [100, 500, 1_000],
  inviteSeconds: 1,
  drainSeconds: 1,
  connections: 50,
  warmUpSeconds: 1,
  runSeconds: 2,
  batchSize: 50,
  waitingForMemory: 5_000,
  heldSizes: [100],
  heldDrainSeconds: 5,
  restartEvents: 20_000,
  snapshotWaitSeconds: 5,
  // below the log's size, so that the small log too is restored from a snapshot the second time
  snapshotEveryEvents: 10_000,
};
