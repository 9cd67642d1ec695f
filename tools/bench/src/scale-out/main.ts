// `npm run bench:scale-out`: what scaling the interactions service out costs per unit of work (issue 13). Two layouts,
// each on a nats-server of its own with the same two tenants: A, one instance holding both; B, two instances holding
// one each. The same closed-loop dispatch load, straight on the bus and spread evenly over the tenants, loads one
// layout at a time in alternating windows (A B, B A, …: whatever else loads the machine weighs on both alike); the
// figures are the instances' CPU seconds per 1,000 dispatches of each layout and their ratio B / A (the goal: at most
// 1.1). CPU time, not wall-clock throughput: on a 2-core machine the load, nats-server and the instances share the
// cores, so only the work per dispatch can show whether a second instance adds any. A benchmark, not a test: it
// reports, it does not assert. `-- --quick` runs short loads; `-- --cpu-prof <dir>` writes each instance's CPU profile
// under <dir>/<layout>/ when it stops. `-- --rate 1000,3000` adds, after the closed loop, the same windows of an open
// loop at each rate (dispatches per second in all, sent on a schedule, not waiting for answers) and a ratio per rate:
// the closed loop saturates the two cores, so its ratio also measures how much each layout batches per event-loop
// turn and socket write; at a fixed rate below saturation both layouts do the same work per second. With rates, the
// same windows with no load at all follow: what each layout costs per second doing nothing.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '@switchboard/testing';
import { Figures } from '../stack/figures.js';
import { runBusLoad, type BusLoad } from './bus-dispatch.js';
import { reportLayout } from './layout-report.js';
import { runIdleLoad, runPacedBusLoad } from './paced-bus-load.js';
import { addWindow, NO_TOTALS, scaleOutRatio, type LayoutTotals } from './per-thousand.js';
import { FULL_PLAN, QUICK_PLAN, type ScaleOutPlan } from './plan.js';
import { atRate, parseRates } from './rate-schedule.js';
import { RunningLayout, type Layout } from './running-layout.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, 'cpu-prof': { type: 'string' }, rate: { type: 'string' } },
});
const rates = parseRates(values.rate);
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

/** Every window of `load` on both layouts, alternating which goes first; resolves with each one's totals (A, B). */
async function measureAlternately(
  a: RunningLayout,
  b: RunningLayout,
  load: BusLoad,
): Promise<[LayoutTotals, LayoutTotals]> {
  let totalsA = NO_TOTALS;
  let totalsB = NO_TOTALS;
  for (let window = 0; window < plan.windows; window += 1) {
    const measureA = async (): Promise<void> => {
      totalsA = addWindow(totalsA, await a.measureWindow(load, plan.windowSeconds));
    };
    const measureB = async (): Promise<void> => {
      totalsB = addWindow(totalsB, await b.measureWindow(load, plan.windowSeconds));
    };
    for (const measure of window % 2 === 0 ? [measureA, measureB] : [measureB, measureA]) await measure();
  }
  // a lease lost during the loads would have moved a tenant: the figures would be of another placement
  await a.assertPlacement();
  await b.assertPlacement();
  return [totalsA, totalsB];
}

/** What each layout burns per second with nothing to do: the part of a low rate's per-1,000 figure not due to work. */
function reportIdle(idleA: LayoutTotals, idleB: LayoutTotals): void {
  const perSecond = (totals: LayoutTotals): number => totals.interactionsCpuSeconds / totals.seconds;
  const [a, b] = [perSecond(idleA), perSecond(idleB)];
  console.log(`idle: interactions CPU s per second, A ${a.toFixed(4)}, B ${b.toFixed(4)} (summed over its instances)`);
  figures.set('idleCpuSecondsPerSecondA', a, 4);
  figures.set('idleCpuSecondsPerSecondB', b, 4);
}

async function main(): Promise<void> {
  const runStart = performance.now();
  figures.note('quick', values.quick);
  figures.set('concurrency', plan.concurrency);
  figures.note('rates', rates.join(','));
  figures.set('secondsPerLayout', plan.windows * plan.windowSeconds, 1);
  const atRates =
    rates.length === 0 ? '' : `; then the same windows at ${rates.join(', ')} dispatches/s (open loop) and idle`;
  console.log(
    `node ${process.version}; ${plan.concurrency} dispatches in flight over tenants ${TENANTS.join(' and ')}; ` +
      `per layout a ${plan.warmUpSeconds} s warm-up, then ${plan.windows} windows of ${plan.windowSeconds} s alternating with the other's${atRates}\n`,
  );
  const a = await RunningLayout.start(ONE_INSTANCE, CONFIG_DIR, cpuProfileDir);
  try {
    const b = await RunningLayout.start(TWO_INSTANCES, CONFIG_DIR, cpuProfileDir);
    try {
      for (const running of [a, b])
        console.log(
          `${running.layout.name}: every tenant answering ${running.startSeconds.toFixed(1)} s after the spawn`,
        );
      const closedLoop: BusLoad = (client, tenants, seconds) => runBusLoad(client, tenants, plan.concurrency, seconds);
      await a.warmUp(closedLoop, plan.warmUpSeconds);
      await b.warmUp(closedLoop, plan.warmUpSeconds);
      const [totalsA, totalsB] = await measureAlternately(a, b, closedLoop);
      const ratio = scaleOutRatio(reportLayout(figures, 'A', a, totalsA), reportLayout(figures, 'B', b, totalsB));
      console.log(`ratio B / A at the closed loop: ${ratio.toFixed(3)} (goal: at most 1.1)\n`);
      figures.set('ratioBToA', ratio, 3);
      for (const rate of rates) {
        const paced: BusLoad = (client, tenants, seconds) => runPacedBusLoad(client, tenants, rate, seconds);
        const [pacedA, pacedB] = await measureAlternately(a, b, paced);
        const ratioAt = scaleOutRatio(
          reportLayout(figures, 'A', a, pacedA, rate),
          reportLayout(figures, 'B', b, pacedB, rate),
        );
        console.log(`ratio B / A at ${rate} dispatches/s: ${ratioAt.toFixed(3)} (goal: at most 1.1)\n`);
        figures.set(atRate('scaleOutRatio', rate), ratioAt, 3);
      }
      if (rates.length > 0) reportIdle(...(await measureAlternately(a, b, runIdleLoad)));
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
