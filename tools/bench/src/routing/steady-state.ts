import { RoutingEngine, type AgentProfile, type RoutingDecision } from '@switchboard/routing';
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
 * A busy contact center (every agent handling an interaction, `waiting` more in line) whose routing decisions
 * are timed operation by operation: an agent completes its interaction and takes the next one it qualifies for
 * (most urgent, highest priority, oldest), or a new interaction arrives and looks for a free agent. Operations
 * can be run in several calls, so two sizes can be measured in turns under the same machine load.
 */
export class SteadyState {
  private readonly tenant: SyntheticTenant;
  private readonly roster: AgentProfile[];
  private readonly engine: RoutingEngine;
  private now = 1_000;
  private operation = 0;
  private readonly samples: number[] = [];
  private totalNs = 0;
  readonly setupMs: number;

  constructor(
    readonly size: TenantSize,
    seed = 42,
  ) {
    const setupStart = Date.now();
    this.tenant = new SyntheticTenant(size, seed);
    this.roster = this.tenant.agents();
    this.engine = new RoutingEngine(this.roster);
    const { engine, tenant } = this;
    // The queue first, then agents sign in one by one and each takes the best interaction it can, until every
    // agent is busy and `waiting` interactions are left in line.
    for (let i = 0; i < size.waiting + size.agents; i += 1) engine.enqueue(tenant.interaction(this.now), this.now);
    settle(engine, this.now);
    for (const agent of this.roster) {
      this.now += 1;
      engine.logIn(agent.id, this.now);
      engine.setReady(agent.id, this.now);
      settle(engine, this.now);
    }
    while (engine.waitingCount() < size.waiting) {
      engine.enqueue(tenant.interaction(this.now), this.now);
      settle(engine, this.now);
    }
    this.setupMs = Date.now() - setupStart;
  }

  /** Times the next `operations` operations. */
  run(operations: number): void {
    const { engine, tenant, samples } = this;
    for (let n = 0; n < operations; n += 1) {
      this.now += 10;
      const start = nowNs();
      if (this.operation % 2 === 0) {
        const agent = engine.agent(this.roster[tenant.agentIndex()]?.id ?? '');
        const busyWith = agent?.interactions[0];
        if (busyWith !== undefined) engine.complete(busyWith, this.now);
      } else {
        engine.enqueue(tenant.interaction(this.now), this.now);
      }
      const offers = settle(engine, this.now);
      const elapsed = nowNs() - start;
      this.operation += 1;
      this.totalNs += elapsed;
      // One sample per decision made (an operation that made none still cost its time).
      const per = elapsed / Math.max(1, offers);
      for (let i = 0; i < Math.max(1, offers); i += 1) samples.push(per);
    }
  }

  measurement(): Measurement {
    const samples = [...this.samples].sort((a, b) => a - b);
    return { size: this.size, decisions: samples.length, samples, totalNs: this.totalNs, setupMs: this.setupMs };
  }
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
