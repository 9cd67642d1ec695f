// `npm run bench:scale-out`: what scaling the interactions service out costs per unit of work (issue 13). Two layouts,
// each on a nats-server of its own with the same two tenants: A, one instance holding both; B, two instances holding
// one each. The same closed-loop dispatch load, straight on the bus and spread evenly over the tenants, loads one
// layout at a time in alternating windows (A B, B A, …: whatever else loads the machine weighs on both alike); the
// figures are the instances' CPU seconds per 1,000 dispatches of each layout and their ratio B / A (the goal: at most
// 1.1). CPU time, not wall-clock throughput: on a 2-core machine the load, nats-server and the instances share the
// cores, so only the work per dispatch can show whether a second instance adds any. A benchmark, not a test: it
// reports, it does not assert. `-- --quick` runs short loads; `-- --cpu-prof <dir>` writes each instance's CPU profile
// under <dir>/<layout>/ when it stops.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '@switchboard/testing';
import { Figures } from '../stack/figures.js';
import {
  addWindow,
  cpuSecondsPerThousand,
  dispatchesOf,
  NO_TOTALS,
  scaleOutRatio,
  type LayoutTotals,
} from './per-thousand.js';
import { FULL_PLAN, QUICK_PLAN, type ScaleOutPlan } from './plan.js';
import { RunningLayout, type Layout } from './running-layout.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, 'cpu-prof': { type: 'string' } },
});
const plan: ScaleOutPlan = values.quick ? QUICK_PLAN : FULL_PLAN;
const cpuProfileDir = values['cpu-prof'] === undefined ? undefined : path.resolve(values['cpu-prof']);
const figures = new Figures();

/** The repository's configuration (the service reads its tenants/*.yaml): both tenants have the route the load uses. */
const CONFIG_DIR = path.join(REPO_ROOT, 'config');
const TENANTS = ['acme', 'demo'] as const;

const ONE_INSTANCE: Layout = {
  name: 'one-instance',
  instances: [{ instanceId: 'bench-a', preferredTenants: [], holds: TENANTS }],
};
const TWO_INSTANCES: Layout = {
  name: 'two-instances',
  instances: TENANTS.map((tenant, index) => ({
    instanceId: `bench-b${index + 1}`,
    preferredTenants: [tenant],
    holds: [tenant],
  })),
};

/** Prints a layout's figures and records them under `prefix`; resolves with its CPU seconds per 1,000 dispatches. */
function report(prefix: string, running: RunningLayout, totals: LayoutTotals): number {
  const dispatches = dispatchesOf(totals);
  const perThousand = cpuSecondsPerThousand(totals.interactionsCpuSeconds, dispatches);
  const natsPerThousand = cpuSecondsPerThousand(totals.natsServerCpuSeconds, dispatches);
  const perSecond = dispatches / totals.seconds;
  const instances = running.layout.instances.length;
  const byTenant = Object.entries(totals.byTenant)
    .map(([tenant, count]) => `${tenant} ${count}`)
    .join(', ');
  console.log(
    `${prefix} (${running.layout.name}, ${instances} instance${instances > 1 ? 's' : ''}): ` +
      `${perThousand.toFixed(3)} CPU s per 1,000 dispatches (interactions, summed; nats-server ${natsPerThousand.toFixed(3)}); ` +
      `${perSecond.toFixed(0)} dispatches/s (${byTenant}; ${totals.failures} failed) over ${totals.seconds.toFixed(1)} s; started in ${running.startSeconds.toFixed(1)} s`,
  );
  figures.set(`cpuPerThousand${prefix}`, perThousand, 4);
  figures.set(`natsServerCpuPerThousand${prefix}`, natsPerThousand, 4);
  figures.set(`dispatchesPerSecond${prefix}`, perSecond);
  figures.set(`dispatches${prefix}`, dispatches);
  figures.set(`failures${prefix}`, totals.failures);
  return perThousand;
}

/** Every window of both layouts, alternating which goes first; resolves with each layout's totals (A, B). */
async function measureAlternately(a: RunningLayout, b: RunningLayout): Promise<[LayoutTotals, LayoutTotals]> {
  await a.warmUp(plan.concurrency, plan.warmUpSeconds);
  await b.warmUp(plan.concurrency, plan.warmUpSeconds);
  let totalsA = NO_TOTALS;
  let totalsB = NO_TOTALS;
  for (let window = 0; window < plan.windows; window += 1) {
    const measureA = async (): Promise<void> => {
      totalsA = addWindow(totalsA, await a.measureWindow(plan.concurrency, plan.windowSeconds));
    };
    const measureB = async (): Promise<void> => {
      totalsB = addWindow(totalsB, await b.measureWindow(plan.concurrency, plan.windowSeconds));
    };
    for (const measure of window % 2 === 0 ? [measureA, measureB] : [measureB, measureA]) await measure();
  }
  // a lease lost during the loads would have moved a tenant: the figures would be of another placement
  await a.assertPlacement();
  await b.assertPlacement();
  return [totalsA, totalsB];
}

async function main(): Promise<void> {
  const runStart = performance.now();
  figures.note('quick', values.quick);
  figures.set('concurrency', plan.concurrency);
  figures.set('secondsPerLayout', plan.windows * plan.windowSeconds, 1);
  console.log(
    `node ${process.version}; ${plan.concurrency} dispatches in flight over tenants ${TENANTS.join(' and ')}; ` +
      `per layout a ${plan.warmUpSeconds} s warm-up, then ${plan.windows} windows of ${plan.windowSeconds} s alternating with the other's\n`,
  );
  const a = await RunningLayout.start(ONE_INSTANCE, CONFIG_DIR, cpuProfileDir);
  try {
    const b = await RunningLayout.start(TWO_INSTANCES, CONFIG_DIR, cpuProfileDir);
    try {
      const [totalsA, totalsB] = await measureAlternately(a, b);
      const ratio = scaleOutRatio(report('A', a, totalsA), report('B', b, totalsB));
      console.log(`ratio B / A: ${ratio.toFixed(3)} (goal: at most 1.1)`);
      figures.set('ratioBToA', ratio, 3);
    } finally {
      await b.stop();
    }
  } finally {
    await a.stop();
  }
  figures.set('benchSeconds', (performance.now() - runStart) / 1000, 1);
  console.log(figures.json());
}

await main();
