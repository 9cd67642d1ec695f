// `npm run bench:stack`: the whole platform under load, started as `npm start` starts it (the built launcher,
// a private nats-server, the three apps) with a generated tenant in temporary directories. Prints each figure as
// it is measured, with its ratio to a baseline measured in the same run where one applies, and ends with one
// JSON line holding every figure. A benchmark, not a test: it reports, it does not assert. `-- --quick` runs a
// small version in under a minute. `-- --only dispatch` runs the dispatch loads alone (the bare baseline, Invoke 1 and
// 50 per call, CPU per process) on a fresh platform: what to re-measure after a change to the hot path, in about 2
// minutes (15 s with --quick). `-- --cpu-prof <dir>` profiles the gateway, interactions and notifier over each
// measured dispatch load (<dir>/invoke-1/<app>.cpuprofile, …; read them with tools/bench/dist/profile/main.js); the
// profiler's own cost is in that run's figures.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startPlatform, writeGeneratedTenant, type GeneratedTenant, type Platform } from '@switchboard/testing';
import { EventLog } from './event-log.js';
import { ephemeralPorts, hardOpenFileLimitOf, heldSizesToTry, limitsOf } from './fd-budget.js';
import { Figures } from './figures.js';
import { measureAgentsHeld } from './phase-agents-held.js';
import { measureDispatch } from './phase-dispatch.js';
import { measureEventLog } from './phase-event-log.js';
import { measureInvitations } from './phase-invitations.js';
import { measureWaitingMemory } from './phase-memory.js';
import { measureRestart } from './phase-restart.js';
import { FULL_PLAN, QUICK_PLAN, type StackPlan } from './plan.js';
import { NOT_PROFILED, profiledWindows, profilingEnvironment, type ProfiledWindows } from './profiled-windows.js';
import { integrationToken } from './vcc-invoke.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, 'cpu-prof': { type: 'string' } },
});
const plan: StackPlan = values.quick ? QUICK_PLAN : FULL_PLAN;
if (values.only !== undefined && values.only !== 'dispatch')
  throw new Error(`--only takes "dispatch", not ${JSON.stringify(values.only)}`);
const cpuProfileDir = values['cpu-prof'] === undefined ? undefined : path.resolve(values['cpu-prof']);
const figures = new Figures();
/** The gateway's pool to the notifier when no held size needs more (its default). */
const DEFAULT_UPSTREAM_CONNECTIONS = 10_000;

/** Runs one phase and prints how long it took: where the run's time goes. */
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    console.log(`  (${name}: ${((performance.now() - start) / 1000).toFixed(1)} s)`);
  }
}

/**
 * The largest held size the open-file limits may allow, before the platform starts (its processes inherit the
 * benchmark's hard limit): the tenant needs that many agents, and the gateway a pool to the notifier that large.
 */
async function largestHeldSizeToPlan(): Promise<number> {
  const limit = hardOpenFileLimitOf(await limitsOf('self'));
  const estimate = {
    gateway: { limit, open: 64 },
    notifier: { limit, open: 64 },
    client: { limit, open: 32 },
    ephemeralPorts: await ephemeralPorts(),
  };
  return Math.max(
    0,
    ...heldSizesToTry(plan.heldSizes, estimate)
      .filter((check) => check.refusal === undefined)
      .map((check) => check.size),
  );
}

/**
 * Every phase but the restart, on one platform; resolves with the events of the first agents-held size (the JSON
 * text of each), the block the restart's log is copied from.
 */
async function measureOnePlatform(env: Record<string, string>, tenant: GeneratedTenant): Promise<string[]> {
  const platform = await phase('platform start', () => startPlatform(env));
  try {
    const token = await integrationToken(platform.baseUrl);
    const log = await EventLog.open(platform);
    try {
      // First, on fresh processes: the memory per connected agent is what holding them added.
      const block = await phase('agents held', () =>
        measureAgentsHeld(platform, token, log, tenant.usernames, plan, figures),
      );
      await phase('invitation latency', () =>
        measureInvitations(platform, token, tenant.usernames.slice(0, plan.agents), plan, figures),
      );
      const waiting = await phase('dispatch loads', () =>
        measureDispatch(platform, token, plan, figures, profiledOn(platform)),
      );
      await phase('memory with interactions waiting', () =>
        measureWaitingMemory(platform, token, plan, figures, waiting),
      );
      await measureEventLog(log, figures);
      return block === undefined ? [] : await log.read(block.firstSeq, block.lastSeq);
    } finally {
      await log.close();
    }
  } finally {
    await phase('platform stop', () => platform.stop());
  }
}

/** The dispatch loads alone (`--only dispatch`), on a fresh platform. */
async function measureDispatchOnly(env: Record<string, string>): Promise<void> {
  const platform = await phase('platform start', () => startPlatform(env));
  try {
    const token = await integrationToken(platform.baseUrl);
    await phase('dispatch loads', () => measureDispatch(platform, token, plan, figures, profiledOn(platform)));
  } finally {
    await phase('platform stop', () => platform.stop());
  }
}

const profiledOn = (platform: Platform): ProfiledWindows =>
  cpuProfileDir === undefined ? NOT_PROFILED : profiledWindows(platform, cpuProfileDir);

/**
 * The restart on a platform of its own: its log holds nothing but the copies, and its service no snapshot of the
 * main platform's 100,000 waiting interactions.
 */
async function measureRestartOnItsOwnPlatform(
  env: Record<string, string>,
  tenant: GeneratedTenant,
  block: readonly string[],
): Promise<void> {
  const platform = await phase('restart platform start', () => startPlatform(env));
  try {
    const log = await EventLog.open(platform);
    try {
      await phase('restart', () => measureRestart(platform, log, tenant, block, plan, figures));
    } finally {
      await log.close();
    }
  } finally {
    await phase('restart platform stop', () => platform.stop());
  }
}

async function main(): Promise<void> {
  const runStart = performance.now();
  figures.note('quick', values.quick);
  if (values.only !== undefined) figures.note('only', values.only);
  figures.set('connections', plan.connections);
  figures.set('runSeconds', plan.runSeconds);
  const dispatchOnly = values.only === 'dispatch';
  // the dispatch loads sign no agent in: the tenant need not be sized for the held agents
  const largestHeld = dispatchOnly ? 0 : await largestHeldSizeToPlan();
  const measurement = `node ${process.version}; ${plan.connections} connections, ${plan.runSeconds} s per measurement after a ${plan.warmUpSeconds} s warm-up; `;
  console.log(
    dispatchOnly
      ? `${measurement}the dispatch loads only\n`
      : `${measurement}invitation latency with ${plan.agents} agents at ${plan.inviteRates.join(', ')} dispatch/s, ${plan.inviteSeconds} s each; ` +
          `agents held: ${plan.heldSizes.join(', ')}; restart with ${plan.restartEvents} events in the log\n`,
  );

  const tenant = await writeGeneratedTenant(Math.max(plan.agents, largestHeld));
  if (cpuProfileDir !== undefined) await mkdir(cpuProfileDir, { recursive: true });
  const env = {
    SWITCHBOARD_CONFIG_DIR: tenant.configDir,
    // The load is one integration client's: the per-client rate limit would otherwise measure itself.
    RATE_LIMIT_PER_MINUTE: String(1e9),
    ...(cpuProfileDir === undefined ? {} : profilingEnvironment(cpuProfileDir)),
  };
  try {
    if (dispatchOnly) await measureDispatchOnly(env);
    else await measureAll(env, tenant, largestHeld);
  } finally {
    await tenant.remove();
  }
  figures.set('benchSeconds', (performance.now() - runStart) / 1000, 1);
  console.log(figures.json());
}

/** Every phase: one platform for all but the restart, which has one of its own. */
async function measureAll(env: Record<string, string>, tenant: GeneratedTenant, largestHeld: number): Promise<void> {
  const block = await measureOnePlatform(
    { ...env, GATEWAY_UPSTREAM_CONNECTIONS: String(Math.max(DEFAULT_UPSTREAM_CONNECTIONS, largestHeld)) },
    tenant,
  );
  if (block.length === 0) {
    console.log('restart: not measured — no agents were held, so no real block of events to copy');
    return;
  }
  const restartEnv = {
    ...env,
    // the few commands of this phase: the service's info lines say what it restored and why it took a snapshot or not
    LOG_LEVEL: 'info',
    ...(plan.snapshotEveryEvents === undefined ? {} : { SNAPSHOT_EVERY_EVENTS: String(plan.snapshotEveryEvents) }),
  };
  await measureRestartOnItsOwnPlatform(restartEnv, tenant, block);
}

await main();
