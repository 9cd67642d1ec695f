// `npm run bench:scale-out`: what scaling the interactions service out costs per unit of work (issue 13). The same
// closed-loop dispatch load, straight on the bus and spread evenly over two tenants, first on one instance holding
// both (phase A), then on two instances holding one each (phase B), each phase on a fresh nats-server; the instances'
// CPU seconds per 1,000 dispatches of both, and their ratio B / A (the goal: at most 1.1). CPU time, not wall-clock
// throughput: on a 2-core machine the load, nats-server and the instances share the cores, so only the work per
// dispatch can show whether a second instance adds any. A benchmark, not a test: it reports, it does not assert.
// `-- --quick` runs short loads; `-- --cpu-prof <dir>` writes each instance's CPU profile under <dir>/<phase>/.
import { REPO_ROOT } from '@switchboard/testing';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Figures } from '../stack/figures.js';
import { cpuSecondsPerThousand, scaleOutRatio } from './per-thousand.js';
import { measureLayout, type Layout, type PhaseResult } from './phase.js';
import { FULL_PLAN, QUICK_PLAN, type ScaleOutPlan } from './plan.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'cpu-prof': { type: 'string' } } });
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
  instances: TENANTS.map((tenant, index) => ({ instanceId: `bench-b${index + 1}`, preferredTenants: [tenant], holds: [tenant] })),
};

/** Prints a phase's figures and records them under `prefix`; resolves with its CPU seconds per 1,000 dispatches. */
function report(prefix: string, layout: Layout, result: PhaseResult): number {
  const perThousand = cpuSecondsPerThousand(result.interactionsCpuSeconds, result.dispatches);
  const natsPerThousand = cpuSecondsPerThousand(result.natsServerCpuSeconds, result.dispatches);
  const perSecond = result.dispatches / result.seconds;
  const byTenant = Object.entries(result.byTenant)
    .map(([tenant, count]) => `${tenant} ${count}`)
    .join(', ');
  console.log(
    `${prefix} (${layout.name}, ${layout.instances.length} instance${layout.instances.length > 1 ? 's' : ''}): ` +
      `${perThousand.toFixed(3)} CPU s per 1,000 dispatches (interactions, summed; nats-server ${natsPerThousand.toFixed(3)}); ` +
      `${perSecond.toFixed(0)} dispatches/s (${byTenant}; ${result.failures} failed) over ${result.seconds.toFixed(1)} s; started in ${result.startSeconds.toFixed(1)} s`,
  );
  figures.set(`cpuPerThousand${prefix}`, perThousand, 4);
  figures.set(`natsServerCpuPerThousand${prefix}`, natsPerThousand, 4);
  figures.set(`dispatchesPerSecond${prefix}`, perSecond);
  figures.set(`dispatches${prefix}`, result.dispatches);
  figures.set(`failures${prefix}`, result.failures);
  return perThousand;
}

async function main(): Promise<void> {
  const runStart = performance.now();
  figures.note('quick', values.quick);
  figures.set('concurrency', plan.concurrency);
  figures.set('runSeconds', plan.runSeconds);
  console.log(
    `node ${process.version}; ${plan.concurrency} dispatches in flight over tenants ${TENANTS.join(' and ')}, ` +
      `${plan.runSeconds} s per phase after a ${plan.warmUpSeconds} s warm-up\n`,
  );
  const one = report('A', ONE_INSTANCE, await measureLayout(ONE_INSTANCE, CONFIG_DIR, plan, cpuProfileDir));
  const two = report('B', TWO_INSTANCES, await measureLayout(TWO_INSTANCES, CONFIG_DIR, plan, cpuProfileDir));
  const ratio = scaleOutRatio(one, two);
  console.log(`ratio B / A: ${ratio.toFixed(3)} (goal: at most 1.1)`);
  figures.set('ratioBToA', ratio, 3);
  figures.set('benchSeconds', (performance.now() - runStart) / 1000, 1);
  console.log(figures.json());
}

await main();
