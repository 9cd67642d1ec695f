import { RoutingEngine, type RoutingDecision } from '@switchboard/routing';
import { SyntheticTenant, type TenantSize } from './synthetic-tenant.js';

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
 * A busy contact center (every agent handling an interaction, `waiting` more in line) and its steady work: an agent
 * completes its interaction and takes the next one it qualifies for (most urgent, highest priority, oldest), or a
 * new interaction arrives and looks for a free agent — in turns, half and half.
 */
export class SteadyState {
  private readonly tenant: SyntheticTenant;
  private readonly agentIds: string[];
  private readonly engine: RoutingEngine;
  private now = 1_000;
  private operation = 0;

  constructor(
    readonly size: TenantSize,
    seed = 42,
  ) {
    this.tenant = new SyntheticTenant(size, seed);
    const roster = this.tenant.agents();
    this.agentIds = roster.map((agent) => agent.id);
    this.engine = new RoutingEngine(roster);
  }

  /** The queue first, then agents sign in one by one and each takes the best interaction it can, until every agent is busy and `waiting` interactions are left in line. */
  setUp(): void {
    const { engine, tenant, size } = this;
    for (let i = 0; i < size.waiting + size.agents; i += 1) engine.enqueue(tenant.interaction(this.now), this.now);
    settle(engine, this.now);
    const signInStart = this.now;
    for (const [i, agentId] of this.agentIds.entries()) {
      this.now = signInStart + ((i + 1) * SIGN_IN_SPAN_MS) / this.agentIds.length;
      engine.logIn(agentId, this.now);
      engine.setReady(agentId, this.now);
      settle(engine, this.now);
    }
    while (engine.waitingCount() < size.waiting) {
      engine.enqueue(tenant.interaction(this.now), this.now);
      settle(engine, this.now);
    }
  }

  /**
   * Runs the next `operations` operations, 10 ms of simulated time apart. With `record`, each is timed — the engine's
   * work only: the fact (completion or arrival) and every decision it leads to, not the choice of which agent
   * completes or the making of the arriving request — and `record` gets one sample per decision made (the time
   * shared out between them), or the whole time as one sample when the operation made none.
   */
  run(operations: number, record?: (nsPerDecision: number) => void): void {
    const { engine, tenant } = this;
    for (let i = 0; i < operations; i += 1) {
      this.now += 10;
      const completes = this.operation % 2 === 0;
      this.operation += 1;
      const busyWith = completes ? engine.agent(this.agentIds[tenant.agentIndex()] ?? '')?.interactions[0] : undefined;
      const arriving = completes ? undefined : tenant.interaction(this.now);
      const start = record ? nowNs() : 0;
      if (busyWith !== undefined) engine.complete(busyWith, this.now);
      if (arriving) engine.enqueue(arriving, this.now);
      const offers = settle(engine, this.now);
      if (!record) continue;
      const per = (nowNs() - start) / Math.max(1, offers);
      for (let d = 0; d < Math.max(1, offers); d += 1) record(per);
    }
  }
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
