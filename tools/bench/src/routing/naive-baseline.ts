import { SyntheticTenant, type TenantSize } from './synthetic-tenant.js';

/**
 * The baseline in the same run: the skeleton's way of choosing, a linear scan of every waiting interaction for
 * a freed agent (mandatory skills held, then priority, then age). Returns nanoseconds per choice, sorted.
 */
export function measureLinearScan(size: TenantSize, choices: number, seed = 42): number[] {
  const tenant = new SyntheticTenant(size, seed);
  const roster = tenant.agents();
  const waiting = Array.from({ length: size.waiting }, (_, i) => tenant.interaction(i));
  const samples: number[] = [];
  for (let c = 0; c < choices; c += 1) {
    const agent = roster[tenant.agentIndex()];
    const skills = new Set(Object.keys(agent?.skills ?? {}));
    const start = process.hrtime.bigint();
    let best = -1;
    for (let i = 0; i < waiting.length; i += 1) {
      const candidate = waiting[i];
      if (!candidate?.skills.every((s) => s.expiryAfterSeconds === 0 || skills.has(s.name))) continue;
      const current = waiting[best];
      if (!current || (candidate.priority ?? 3) > (current.priority ?? 3)) best = i;
    }
    samples.push(Number(process.hrtime.bigint() - start));
  }
  return samples.sort((a, b) => a - b);
}
