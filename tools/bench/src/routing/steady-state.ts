import { RoutingEngine, type RoutingDecision } from '@switchboard/routing';
import { SyntheticTenant, type TenantSize } from './synthetic-tenant.js';

export interface Measurement {
  size: TenantSize;
  decisions: number;
  /** Nanoseconds per decision, sorted. */
  samples: number[];
  totalNs: number;
  setupMs: number;
}

const nowNs = (): number => Number(process.hrtime.bigint());

/**
 * The set-up signs every agent in over this simulated span, whatever the size, so the measured window starts at the
 * same simulated time at both sizes. (One millisecond per agent made the 10 × set-up ten times longer, so its window
 * alone took in the SLA urgency of the backlog queued in one millisecond: 2,794 wake-ups in 76 operations, in bursts
 * of up to 50, against none at the base size — a difference of workload, not of size.)
 */
const SIGN_IN_SPAN_MS = 10_000;

/** Applies every decision due (offers are accepted at once, as a busy desktop would); returns how many offers. */
function settle(engine: RoutingEngine, now: number): number {
  let offers = 0;
  for (let d: RoutingDecision | undefined = engine.nextDecision(now); d; d = engine.nextDecision(now)) {
    if (d.kind !== 'offer') throw new Error(`unexpected ${d.kind}`);
    engine.offer(d.interactionId, d.agentId, now, d.leaseUntil);
    engine.accept(d.interactionId, now);
    offers += 1;
  }
  return offers;
}

/**
 * Builds a busy contact center (every agent handling an interaction, `waiting` more in line), then times each
 * routing decision of `operations` operations: an agent completes its interaction and takes the next one it
 * qualifies for (most urgent, highest priority, oldest), or a new interaction arrives and looks for a free agent.
 */
export function measureSteadyState(size: TenantSize, operations: number, seed = 42): Measurement {
  const setupStart = Date.now();
  const tenant = new SyntheticTenant(size, seed);
  const roster = tenant.agents();
  const engine = new RoutingEngine(roster);
  let now = 1_000;
  // The queue first, then agents sign in one by one and each takes the best interaction it can, until every
  // agent is busy and `waiting` interactions are left in line.
  for (let i = 0; i < size.waiting + size.agents; i += 1) engine.enqueue(tenant.interaction(now), now);
  settle(engine, now);
  const signInStart = now;
  for (const [i, agent] of roster.entries()) {
    now = signInStart + ((i + 1) * SIGN_IN_SPAN_MS) / roster.length;
    engine.logIn(agent.id, now);
    engine.setReady(agent.id, now);
    settle(engine, now);
  }
  while (engine.waitingCount() < size.waiting) {
    engine.enqueue(tenant.interaction(now), now);
    settle(engine, now);
  }
  const setupMs = Date.now() - setupStart;

  const samples: number[] = [];
  let totalNs = 0;
  for (let op = 0; op < operations; op += 1) {
    now += 10;
    const start = nowNs();
    if (op % 2 === 0) {
      const agent = engine.agent(roster[tenant.agentIndex()]?.id ?? '');
      const busyWith = agent?.interactions[0];
      if (busyWith !== undefined) engine.complete(busyWith, now);
    } else {
      engine.enqueue(tenant.interaction(now), now);
    }
    const offers = settle(engine, now);
    const elapsed = nowNs() - start;
    totalNs += elapsed;
    // One sample per decision made (an operation that made none still cost its time).
    const per = elapsed / Math.max(1, offers);
    for (let i = 0; i < Math.max(1, offers); i += 1) samples.push(per);
  }
  samples.sort((a, b) => a - b);
  return { size, decisions: samples.length, samples, totalNs, setupMs };
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
