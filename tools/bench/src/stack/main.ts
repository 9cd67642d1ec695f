// `npm run bench:stack`: the whole platform under load, started as `npm start` starts it (the built launcher,
// a private nats-server, the three apps) with a generated tenant in temporary directories. Prints each figure as
// it is measured, with its ratio to a baseline measured in the same run where one applies, and ends with one
// JSON line holding every figure. A benchmark, not a test: it reports, it does not assert. `-- --quick` runs a
// small version in about a minute. Issue 12 names the figures still to come (restart at 1M events, the most
// agents one gateway and notifier hold, memory per connected agent).
import { startPlatform, writeGeneratedTenant } from '@switchboard/testing';
import { parseArgs } from 'node:util';
import { Figures } from './figures.js';
import { measureDispatch } from './phase-dispatch.js';
import { measureEventLog } from './phase-event-log.js';
import { measureInvitations } from './phase-invitations.js';
import { measureWaitingMemory } from './phase-memory.js';
import { FULL_PLAN, QUICK_PLAN, type StackPlan } from './plan.js';
import { integrationToken } from './vcc-invoke.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const plan: StackPlan = values.quick ? QUICK_PLAN : FULL_PLAN;
const figures = new Figures();

async function main(): Promise<void> {
  figures.note('quick', values.quick);
  figures.set('connections', plan.connections);
  figures.set('runSeconds', plan.runSeconds);
  console.log(
    `node ${process.version}; ${plan.connections} connections, ${plan.runSeconds} s per measurement after a ${plan.warmUpSeconds} s warm-up; ` +
      `a generated tenant of ${plan.agents} agents; invitation latency at ${plan.inviteRates.join(', ')} dispatch/s, ${plan.inviteSeconds} s each\n`,
  );

  const tenant = await writeGeneratedTenant(plan.agents);
  try {
    // The load is one integration client's: the per-client rate limit would otherwise measure itself.
    const platform = await startPlatform({ SWITCHBOARD_CONFIG_DIR: tenant.configDir, RATE_LIMIT_PER_MINUTE: String(1e9) });
    try {
      const token = await integrationToken(platform.baseUrl);
      await measureInvitations(platform, token, tenant, plan, figures);
      const waiting = await measureDispatch(platform, token, plan, figures);
      await measureWaitingMemory(platform, token, plan, figures, waiting);
      await measureEventLog(platform, figures);
    } finally {
      await platform.stop();
    }
  } finally {
    await tenant.remove();
  }
  console.log(figures.json());
}

await main();
