/** How big and how long `npm run bench:statistics` is. */
export interface StatisticsPlan {
  /** Agents of the generated tenant, all signed in over GWS and CometD, Ready, accepting and completing every offer. */
  agents: number;
  /** VCC dispatches per second (one Invoke each, open loop). */
  rate: number;
  /** The measured load. */
  runSeconds: number;
  /** The same load first, not measured: JIT and cold caches along the path. */
  warmUpSeconds: number;
  /** The statistics service's CPU with the platform idle and the supervisor's stream open: the baseline of its cost. */
  idleSeconds: number;
  /** How long the platform has to finish the load's interactions (offered, accepted, completed) once it ends. */
  drainTimeoutSeconds: number;
}

export const FULL_PLAN: StatisticsPlan = {
  agents: 1_000,
  rate: 200,
  runSeconds: 60,
  warmUpSeconds: 5,
  idleSeconds: 5,
  drainTimeoutSeconds: 120,
};

/** `-- --quick`: the same measurements, shorter. */
export const QUICK_PLAN: StatisticsPlan = {
  agents: 1_000,
  rate: 200,
  runSeconds: 10,
  warmUpSeconds: 2,
  idleSeconds: 2,
  drainTimeoutSeconds: 60,
};
