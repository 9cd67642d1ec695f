// `npm run bench:stack`: the whole platform under load, started as `npm start` starts it (the built launcher,
// a private nats-server, the three apps) with a generated tenant in temporary directories. Prints each figure as
// it is measured, with its ratio to a baseline measured in the same run where one applies, and ends with one
// JSON line holding every figure. A benchmark, not a test: it reports, it does not assert. `-- --quick` runs a
// small version in under a minute. Issue 12 names the figures still to come (invitation latency with agents
// connected, restart at 1M events, agents held, memory).
import { startPlatform, writeGeneratedTenant, type Platform } from '@switchboard/testing';
import { parseArgs } from 'node:util';
import { startBareHttp } from './bare-http.js';
import { eventLogSize } from './event-log.js';
import { Figures } from './figures.js';
import { runLoad, type LoadOptions, type LoadResult } from './load.js';
import { FULL_PLAN, QUICK_PLAN, type StackPlan } from './plan.js';
import { cpuPerThousand, stackCpuSeconds, STACK_PROCESSES, type CpuSeconds, type StackProcess } from './stack-cpu.js';
import { integrationToken, invokeBody, invokeHeaders, INVOKE_PATH } from './vcc-invoke.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const plan: StackPlan = values.quick ? QUICK_PLAN : FULL_PLAN;
const figures = new Figures();

/** camelCase figure names for the processes: nats-server → NatsServer. */
const figureSuffix = (name: StackProcess): string => name.split('-').map((part) => (part[0] ?? '').toUpperCase() + part.slice(1)).join('');

function describeLoad(label: string, result: LoadResult, unit = 'req/s'): string {
  const failures = result.failures > 0 ? `   (${result.failures} failed: the figure is not a clean measurement)` : '';
  return `${label}: ${result.okPerSecond.toFixed(0)} ${unit}, p50 ${result.latencyP50Ms} ms, p99 ${result.latencyP99Ms} ms${failures}`;
}

function reportCpu(prefix: string, perThousand: CpuSeconds): void {
  for (const name of STACK_PROCESSES) figures.set(`${prefix}${figureSuffix(name)}`, perThousand[name], 3);
  const total = STACK_PROCESSES.reduce((sum, name) => sum + perThousand[name], 0);
  figures.set(`${prefix}Total`, total, 3);
  console.log(`  CPU seconds per 1,000 dispatches: ${STACK_PROCESSES.map((name) => `${name} ${perThousand[name].toFixed(3)}`).join(', ')}; total ${total.toFixed(3)}`);
}

/** The bare node:http hello server under the same load tool and connections: the ceiling of one Node process. */
async function measureBareHttp(): Promise<LoadResult> {
  const bare = await startBareHttp();
  try {
    await runLoad({ url: bare.url, connections: plan.connections, durationSeconds: plan.warmUpSeconds });
    return await runLoad({ url: bare.url, connections: plan.connections, durationSeconds: plan.runSeconds });
  } finally {
    await bare.stop();
  }
}

/** A measured Invoke load with the CPU each process spent on it. */
async function measureInvoke(platform: Platform, load: LoadOptions): Promise<{ result: LoadResult; cpu: (dispatches: number) => CpuSeconds }> {
  const before = await stackCpuSeconds(platform);
  const result = await runLoad(load);
  const after = await stackCpuSeconds(platform);
  return { result, cpu: (dispatches) => cpuPerThousand(before, after, dispatches) };
}

async function measurePlatform(platform: Platform, bareRequestsPerSecond: number): Promise<void> {
  const token = await integrationToken(platform.baseUrl);
  const invoke = (count: number, durationSeconds: number): LoadOptions => ({
    url: `${platform.baseUrl}${INVOKE_PATH}`,
    connections: plan.connections,
    durationSeconds,
    method: 'POST',
    headers: invokeHeaders(token),
    body: invokeBody(count),
  });
  await runLoad(invoke(1, plan.warmUpSeconds));

  const single = await measureInvoke(platform, invoke(1, plan.runSeconds));
  console.log(describeLoad('Invoke, 1 dispatch per call', single.result));
  const ratio = single.result.okPerSecond / bareRequestsPerSecond;
  console.log(`  ratio to the bare node:http server: ${ratio.toFixed(3)}   (issue 12 goal ≥ 0.25)`);
  figures.set('invokeRequestsPerSecond', single.result.okPerSecond);
  figures.set('invokeP50Ms', single.result.latencyP50Ms, 1);
  figures.set('invokeP99Ms', single.result.latencyP99Ms, 1);
  figures.set('invokeFailures', single.result.failures);
  figures.set('ratioToBareHttp', ratio, 3);
  reportCpu('cpuSecondsPer1000Dispatches', single.cpu(single.result.okResponses));

  const batch = await measureInvoke(platform, invoke(plan.batchSize, plan.runSeconds));
  const interactionsPerSecond = batch.result.okPerSecond * plan.batchSize;
  console.log(describeLoad(`Invoke, ${plan.batchSize} dispatches per call`, batch.result, 'calls/s'));
  console.log(`  ${interactionsPerSecond.toFixed(0)} interactions/s   (issue 12 goal ≥ 20,000)`);
  figures.set('batchInvokeRequestsPerSecond', batch.result.okPerSecond);
  figures.set('batchInteractionsPerSecond', interactionsPerSecond);
  figures.set('batchInvokeP99Ms', batch.result.latencyP99Ms, 1);
  figures.set('batchInvokeFailures', batch.result.failures);
  reportCpu('cpuSecondsPer1000BatchedDispatches', batch.cpu(batch.result.okResponses * plan.batchSize));

  const log = await eventLogSize(await platform.pidOf('nats-server'));
  const bytesPerEvent = log.bytes / Math.max(1, log.messages);
  console.log(`event log: ${log.messages} events, ${(log.bytes / 2 ** 20).toFixed(1)} MiB, ${bytesPerEvent.toFixed(0)} bytes per event`);
  figures.set('eventsInLog', log.messages);
  figures.set('diskBytesPerEvent', bytesPerEvent);
}

async function main(): Promise<void> {
  figures.note('quick', values.quick);
  figures.set('connections', plan.connections);
  figures.set('runSeconds', plan.runSeconds);
  console.log(
    `node ${process.version}; ${plan.connections} connections, ${plan.runSeconds} s per measurement after a ${plan.warmUpSeconds} s warm-up; ` +
      `a generated tenant of ${plan.agents} agents, none signed in (dispatched interactions wait in line)\n`,
  );

  const bare = await measureBareHttp();
  console.log(describeLoad('bare node:http hello server', bare));
  figures.set('bareHttpRequestsPerSecond', bare.okPerSecond);

  const tenant = await writeGeneratedTenant(plan.agents);
  try {
    // The load is one integration client's: the per-client rate limit would otherwise measure itself.
    const platform = await startPlatform({ SWITCHBOARD_CONFIG_DIR: tenant.configDir, RATE_LIMIT_PER_MINUTE: String(1e9) });
    try {
      await measurePlatform(platform, bare.okPerSecond);
    } finally {
      await platform.stop();
    }
  } finally {
    await tenant.remove();
  }
  console.log(figures.json());
}

await main();
