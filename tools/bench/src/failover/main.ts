// `npm run bench:failover`: how long a tenant goes unanswered when the interactions instance holding it is killed
// (issue 13: p99 at most the lease TTL + 2 s). One nats-server with fresh storage, two instances of the built service
// (every tenant preferred by both: the first started holds them), and a steady closed-loop dispatch load on one
// tenant, straight on the bus, whose every attempt is kept on a timeline. Over and over, the tenant's holder (read
// from its lease) is SIGKILLed by pid; the outage runs from the kill to the answer of the first dispatch sent after
// it that succeeded (the other instance took the lease once it expired, restored the tenant and serves it); the
// killed instance is started again under its name and the load runs steady before the next kill. The baseline, in
// the same run and spread among the kills: the holder stopped cleanly (SIGTERM), which hands its lease back at
// once. A benchmark, not a test: it reports, it does not assert. `-- --quick`: fewer stops; `-- --lease-ttl <s>`.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { pollUntil, REPO_ROOT } from '@switchboard/testing';
import { Figures } from '../stack/figures.js';
import { FailoverRig } from './failover-rig.js';
import { goalMs, ratioToGoal, spreadOf, stopOrder, type Spread, type StopKind } from './outage.js';
import { FULL_PLAN, QUICK_PLAN, type FailoverPlan } from './plan.js';
import { stopCycle, type StopResult } from './stop-cycle.js';
import { TimelineLoad } from './timeline-load.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, 'lease-ttl': { type: 'string', default: '5' } },
});
const plan: FailoverPlan = values.quick ? QUICK_PLAN : FULL_PLAN;
/** The service's default LEASE_TTL_SECONDS. */
const leaseTtlSeconds = Number(values['lease-ttl']);
if (!(leaseTtlSeconds >= 1))
  throw new Error(
    `--lease-ttl must be a number of seconds, at least 1 (the service's minimum), not ${values['lease-ttl']}`,
  );
const figures = new Figures();

/** The repository's configuration: tenant acme has the route the load uses. */
const CONFIG_DIR = path.join(REPO_ROOT, 'config');
const TENANT = 'acme';
const INSTANCES = ['bench-failover-a', 'bench-failover-b'] as const;
const FIRST_ANSWER_TIMEOUT_MS = 60_000;

const ms = (value: number | undefined): string =>
  value === undefined || !Number.isFinite(value) ? '-' : `${Math.round(value).toLocaleString('en-US')} ms`;
const LABEL: Record<StopKind, string> = { kill: 'SIGKILL', graceful: 'SIGTERM' };

function printStop(index: number, result: StopResult): void {
  console.log(
    `${String(index + 1).padStart(2)}. ${LABEL[result.kind]} ${result.stopped} (pid ${result.pid}; ${result.waiting.toLocaleString('en-US')} interactions waiting): ` +
      `${TENANT} answered again after ${ms(result.ms)} by ${result.successor ?? 'nobody'} (restored in ${ms(result.restoreMs)}; ${result.failedAttempts} failed attempts)` +
      (result.failuresAfter > 0 ? `; ${result.failuresAfter} dispatches failed after it was back` : ''),
  );
}

/** Prints one kind's spread and records it under `prefix`. */
function report(prefix: string, label: string, results: readonly StopResult[]): Spread {
  const spread = spreadOf(results.map((result) => result.ms));
  const restore = spreadOf(results.flatMap((result) => (result.restoreMs === undefined ? [] : [result.restoreMs])));
  console.log(
    `${label}: ${spread.count} stops; unavailable p50 ${ms(spread.p50)}, p95 ${ms(spread.p95)}, p99 ${ms(spread.p99)}, max ${ms(spread.max)} ` +
      `(the successor's restore: p50 ${ms(restore.p50)}, max ${ms(restore.max)})`,
  );
  figures.set(`${prefix}Stops`, spread.count);
  figures.set(`${prefix}P50Ms`, spread.p50);
  figures.set(`${prefix}P95Ms`, spread.p95);
  figures.set(`${prefix}P99Ms`, spread.p99);
  figures.set(`${prefix}MaxMs`, spread.max);
  figures.set(`${prefix}RestoreP50Ms`, restore.p50);
  figures.set(`${prefix}RestoreMaxMs`, restore.max);
  figures.set(
    `${prefix}FailuresAfter`,
    results.reduce((sum, result) => sum + result.failuresAfter, 0),
  );
  return spread;
}

async function measure(rig: FailoverRig, load: TimelineLoad): Promise<StopResult[]> {
  const startedAt = performance.now();
  await rig.alive(
    pollUntil(() => (load.since(startedAt).ok > 0 ? true : undefined), {
      timeoutMs: FIRST_ANSWER_TIMEOUT_MS,
      what: `${TENANT} answering dispatches`,
    }),
  );
  await rig.alive(sleep(plan.warmUpSeconds * 1000));
  const results: StopResult[] = [];
  for (const [index, kind] of stopOrder(plan.kills, plan.gracefulStops).entries()) {
    const result = await stopCycle(rig, load, TENANT, kind, plan);
    printStop(index, result);
    results.push(result);
  }
  return results;
}

async function main(): Promise<void> {
  const runStart = performance.now();
  const goal = goalMs(leaseTtlSeconds);
  figures.note('quick', values.quick);
  figures.set('leaseTtlSeconds', leaseTtlSeconds, 1);
  figures.set('goalMs', goal);
  console.log(
    `node ${process.version}; lease TTL ${leaseTtlSeconds} s (renewed every ${ms((leaseTtlSeconds * 1000) / 3)}), goal: p99 unavailability at most ${ms(goal)}; ` +
      `${plan.kills} kills and ${plan.gracefulStops} clean stops of ${TENANT}'s holder among ${INSTANCES.join(' and ')}; ` +
      `${plan.senders} senders dispatching to ${TENANT}, each pausing ${plan.pauseMs} ms between answers (request timeout ${ms(plan.requestTimeoutMs)})\n`,
  );
  const rig = await FailoverRig.start(CONFIG_DIR, leaseTtlSeconds);
  try {
    // one after the other: the first takes every tenant, the second stands by
    for (const instanceId of INSTANCES) await rig.run(instanceId);
    const load = new TimelineLoad(rig.client, {
      tenant: TENANT,
      senders: plan.senders,
      pauseMs: plan.pauseMs,
      timeoutMs: plan.requestTimeoutMs,
    });
    let results: StopResult[];
    try {
      results = await measure(rig, load);
    } finally {
      await load.stop();
    }
    console.log('');
    const kills = report(
      'kill',
      'SIGKILL',
      results.filter((result) => result.kind === 'kill'),
    );
    const graceful = report(
      'graceful',
      'SIGTERM (baseline)',
      results.filter((result) => result.kind === 'graceful'),
    );
    const ratio = ratioToGoal(kills.p99, leaseTtlSeconds);
    const overBaseline = kills.p50 - graceful.p50;
    console.log(`p99 / (lease TTL + 2 s): ${ratio.toFixed(3)} (goal: at most 1)`);
    console.log(`a kill costs ${ms(overBaseline)} more than a clean stop at p50 (the lease left to run out)`);
    console.log(
      `load: ${load.ok.toLocaleString('en-US')} dispatches ok (each left waiting in ${TENANT}'s line: no agent is signed in), ` +
        `${load.failed.toLocaleString('en-US')} failed (most of them during the outages)`,
    );
    figures.set('ratioP99ToGoal', ratio, 3);
    figures.set('killOverGracefulP50Ms', overBaseline);
    figures.set('dispatchesOk', load.ok);
    figures.set('dispatchesFailed', load.failed);
  } finally {
    await rig.stop();
  }
  figures.set('benchSeconds', (performance.now() - runStart) / 1000, 1);
  console.log(figures.json());
}

await main();
