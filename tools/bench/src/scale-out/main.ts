// `npm run bench:scale-out`: what scaling the interactions service out costs per unit of work (issue 13). Two layouts,
// each on a nats-server of its own with the same two tenants: A, one instance holding both; B, two instances holding
// one each. The same closed-loop dispatch load, straight on the bus and spread evenly over the tenants, loads one
// layout at a time in alternating windows (A B, B A, …: whatever else loads the machine weighs on both alike); the
// figures are the instances' CPU seconds per 1,000 dispatches of each layout and their ratio B / A (the goal: at most
// 1.1). CPU time, not wall-clock throughput: on a 2-core machine the load, nats-server and the instances share the
// cores, so only the work per dispatch can show whether a second instance adds any. The baseline, measured in the same
// windows: the same two layouts of the least service that answers a dispatch durably on this stack (nats.js and
// JetStream, group-committed per tenant, no Switchboard code: bare-durable-service.ts). Its ratio is what scaling out
// costs on the stack itself; what its second instance adds per 1,000 dispatches, added to the interactions service's
// cost in A, gives the lowest ratio the service could show on this stack ("floor"); the ratio above it is Switchboard's.
// A benchmark, not a test: it reports, it does not assert. `-- --quick` runs short loads; `-- --cpu-prof <dir>`
// writes each instance's CPU profile under <dir>/<layout>/ when it stops. `-- --rate 1000,3000` adds, after the closed
// loop, the same windows of an open loop at each rate (dispatches per second in all, sent on a schedule, not waiting
// for answers) and a ratio per rate: the closed loop saturates the two cores, so its ratio also measures how much each
// layout batches per event-loop turn and socket write; at a fixed rate below saturation both layouts do the same work
// per second. With rates, the same windows with no load at all follow: what each layout costs per second doing nothing.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '@switchboard/testing';
import { Figures } from '../stack/figures.js';
import { runBusLoad, type BusLoad } from './bus-dispatch.js';
import { reportLayout } from './layout-report.js';
import { runIdleLoad, runPacedBusLoad } from './paced-bus-load.js';
import { addWindow, NO_TOTALS, scaleOutRatio, stackFloorRatio, type LayoutTotals } from './per-thousand.js';
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

const oneInstance = (service: Layout['service'], prefix: string): Layout => ({
  name: `${service}-one-instance`,
  service,
  instances: [{ instanceId: `${prefix}-a`, preferredTenants: [], holds: TENANTS }],
});
const twoInstances = (service: Layout['service'], prefix: string): Layout => ({
  name: `${service}-two-instances`,
  service,
  instances: TENANTS.map((tenant, index) => ({
    instanceId: `${prefix}-b${index + 1}`,
    preferredTenants: [tenant],
    holds: [tenant],
  })),
});

/** The four layouts: the interactions service in A and B, the baseline in A and B. */
interface Layouts {
  a: RunningLayout;
  b: RunningLayout;
  bareA: RunningLayout;
  bareB: RunningLayout;
}
type Totals = Record<keyof Layouts, LayoutTotals>;
const allOf = (layouts: Layouts): RunningLayout[] => [layouts.a, layouts.b, layouts.bareA, layouts.bareB];

/**
 * Every window of `load` on each layout in turn, the order reversed every other window (A B A' B', B' A' B A, …);
 * resolves with each one's totals.
 */
async function measureAlternately(layouts: Layouts, load: BusLoad): Promise<Totals> {
  const names = Object.keys(layouts) as (keyof Layouts)[];
  const totals: Totals = { a: NO_TOTALS, b: NO_TOTALS, bareA: NO_TOTALS, bareB: NO_TOTALS };
  for (let window = 0; window < plan.windows; window += 1) {
    for (const name of window % 2 === 0 ? names : [...names].reverse())
      totals[name] = addWindow(totals[name], await layouts[name].measureWindow(load, plan.windowSeconds));
  }
  // a lease lost during the loads would have moved a tenant: the figures would be of another placement
  for (const name of names) await layouts[name].assertPlacement();
  return totals;
}

/**
 * Prints and records, under one load (`rate` undefined: the closed loop), the ratio B / A of the interactions service
 * and of the baseline, and the floor the stack sets the service's ratio (stackFloorRatio).
 */
function reportRatios(layouts: Layouts, totals: Totals, rate?: number): void {
  const perThousand = (name: keyof Layouts, label: string): number =>
    reportLayout(figures, label, layouts[name], totals[name], rate);
  const [a, b] = [perThousand('a', 'A'), perThousand('b', 'B')];
  const [bareA, bareB] = [perThousand('bareA', 'BareA'), perThousand('bareB', 'BareB')];
  const [ratio, bareRatio, floor] = [
    scaleOutRatio(a, b),
    scaleOutRatio(bareA, bareB),
    stackFloorRatio(a, bareA, bareB),
  ];
  const load = rate === undefined ? 'the closed loop' : `${rate} dispatches/s`;
  const name = (figure: string): string => (rate === undefined ? figure : atRate(figure, rate));
  console.log(
    `ratio B / A at ${load}: ${ratio.toFixed(3)} (goal: at most 1.1); baseline ${bareRatio.toFixed(3)} ` +
      `(its second instance adds ${(bareB - bareA).toFixed(3)} CPU s per 1,000, the service's ${(b - a).toFixed(3)}); ` +
      `the floor this stack sets the service's ratio: ${floor.toFixed(3)}\n`,
  );
  figures.set(rate === undefined ? 'ratioBToA' : atRate('scaleOutRatio', rate), ratio, 3);
  figures.set(name('baselineRatioBToA'), bareRatio, 3);
  figures.set(name('stackFloorRatio'), floor, 3);
}

/** What each layout burns per second with nothing to do: the part of a low rate's per-1,000 figure not due to work. */
function reportIdle(idle: Totals): void {
  const perSecond = (totals: LayoutTotals): number => totals.interactionsCpuSeconds / totals.seconds;
  const [a, b] = [perSecond(idle.a), perSecond(idle.b)];
  console.log(`idle: interactions CPU s per second, A ${a.toFixed(4)}, B ${b.toFixed(4)} (summed over its instances)`);
  figures.set('idleCpuSecondsPerSecondA', a, 4);
  figures.set('idleCpuSecondsPerSecondB', b, 4);
}

/** Starts the four layouts one after another; stops those started when one fails. */
async function startLayouts(): Promise<Layouts> {
  const started: RunningLayout[] = [];
  try {
    for (const layout of [
      oneInstance('interactions', 'bench'),
      twoInstances('interactions', 'bench'),
      oneInstance('bare', 'bare'),
      twoInstances('bare', 'bare'),
    ])
      started.push(await RunningLayout.start(layout, CONFIG_DIR, cpuProfileDir));
  } catch (error) {
    await Promise.all(started.map((running) => running.stop()));
    throw error;
  }
  const [a, b, bareA, bareB] = started as [RunningLayout, RunningLayout, RunningLayout, RunningLayout];
  return { a, b, bareA, bareB };
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
      `per layout a ${plan.warmUpSeconds} s warm-up, then ${plan.windows} windows of ${plan.windowSeconds} s in turn with the others' (interactions and baseline, A and B)${atRates}\n`,
  );
  const layouts = await startLayouts();
  try {
    for (const running of allOf(layouts))
      console.log(
        `${running.layout.name}: every tenant answering ${running.startSeconds.toFixed(1)} s after the spawn`,
      );
    const closedLoop: BusLoad = (client, tenants, seconds) => runBusLoad(client, tenants, plan.concurrency, seconds);
    for (const running of allOf(layouts)) await running.warmUp(closedLoop, plan.warmUpSeconds);
    reportRatios(layouts, await measureAlternately(layouts, closedLoop));
    for (const rate of rates) {
      const paced: BusLoad = (client, tenants, seconds) => runPacedBusLoad(client, tenants, rate, seconds);
      reportRatios(layouts, await measureAlternately(layouts, paced), rate);
    }
    if (rates.length > 0) reportIdle(await measureAlternately(layouts, runIdleLoad));
  } finally {
    await Promise.all(allOf(layouts).map((running) => running.stop()));
  }
  figures.set('benchSeconds', (performance.now() - runStart) / 1000, 1);
  console.log(figures.json());
}

await main();
