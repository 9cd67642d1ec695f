import type { Platform } from '@switchboard/testing';
import { startBareHttp } from './bare-http.js';
import type { Figures } from './figures.js';
import { runLoad, type LoadOptions, type LoadResult } from './load.js';
import type { StackPlan } from './plan.js';
import { NOT_PROFILED, type ProfiledWindows } from './profiled-windows.js';
import { cpuPerThousand, stackCpuSeconds } from './stack-cpu.js';
import { figureSuffix, STACK_PROCESSES, type PerProcess } from './stack-processes.js';
import { INVOKE_PATH, invokeBody, invokeHeaders } from './vcc-invoke.js';

function describeLoad(label: string, result: LoadResult, unit = 'req/s'): string {
  const failures = result.failures > 0 ? `   (${result.failures} failed: the figure is not a clean measurement)` : '';
  return `${label}: ${result.okPerSecond.toFixed(0)} ${unit}, p50 ${result.latencyP50Ms} ms, p99 ${result.latencyP99Ms} ms${failures}`;
}

function reportCpu(figures: Figures, prefix: string, perThousand: PerProcess): void {
  for (const name of STACK_PROCESSES) figures.set(`${prefix}${figureSuffix(name)}`, perThousand[name], 3);
  const total = STACK_PROCESSES.reduce((sum, name) => sum + perThousand[name], 0);
  figures.set(`${prefix}Total`, total, 3);
  console.log(
    `  CPU seconds per 1,000 dispatches: ${STACK_PROCESSES.map((name) => `${name} ${perThousand[name].toFixed(3)}`).join(', ')}; total ${total.toFixed(3)}`,
  );
}

/** The bare node:http hello server under the same load tool and connections: the ceiling of one Node process. */
async function measureBareHttp(plan: StackPlan): Promise<LoadResult> {
  const bare = await startBareHttp();
  try {
    await runLoad({ url: bare.url, connections: plan.connections, durationSeconds: plan.warmUpSeconds });
    return await runLoad({ url: bare.url, connections: plan.connections, durationSeconds: plan.runSeconds });
  } finally {
    await bare.stop();
  }
}

/** A measured Invoke load with the CPU each process spent on it. */
async function measureInvoke(
  platform: Platform,
  load: LoadOptions,
  profile: (run: () => Promise<LoadResult>) => Promise<LoadResult>,
): Promise<{ result: LoadResult; cpu: (dispatches: number) => PerProcess }> {
  const before = await stackCpuSeconds(platform);
  const result = await profile(() => runLoad(load));
  const after = await stackCpuSeconds(platform);
  return { result, cpu: (dispatches) => cpuPerThousand(before, after, dispatches) };
}

/**
 * Closed-loop Invoke loads (no agent ready: every dispatch waits in line): 1 dispatch per call against the bare
 * baseline, then `batchSize` per call, with the CPU of each process per 1,000 dispatches. Resolves with how many
 * interactions were dispatched (all still waiting). `profiled` profiles the apps over each measured load.
 */
export async function measureDispatch(
  platform: Platform,
  token: string,
  plan: StackPlan,
  figures: Figures,
  profiled: ProfiledWindows = NOT_PROFILED,
): Promise<number> {
  const invoke = (count: number, durationSeconds: number): LoadOptions => ({
    url: `${platform.baseUrl}${INVOKE_PATH}`,
    connections: plan.connections,
    durationSeconds,
    method: 'POST',
    headers: invokeHeaders(token),
    body: invokeBody(count),
  });
  const warmUp = await runLoad(invoke(1, plan.warmUpSeconds));

  // The baseline right before the measurement it divides, so that both see the same load from the rest of the
  // machine (the platform idles meanwhile).
  const bare = await measureBareHttp(plan);
  console.log(describeLoad('bare node:http hello server', bare));
  figures.set('bareHttpRequestsPerSecond', bare.okPerSecond);
  const single = await measureInvoke(platform, invoke(1, plan.runSeconds), (run) => profiled.around('invoke-1', run));
  console.log(describeLoad('Invoke, 1 dispatch per call', single.result));
  const ratio = single.result.okPerSecond / bare.okPerSecond;
  console.log(`  ratio to the bare node:http server: ${ratio.toFixed(3)}   (issue 12 goal ≥ 0.25)`);
  figures.set('invokeRequestsPerSecond', single.result.okPerSecond);
  figures.set('invokeP50Ms', single.result.latencyP50Ms, 1);
  figures.set('invokeP99Ms', single.result.latencyP99Ms, 1);
  figures.set('invokeFailures', single.result.failures);
  figures.set('ratioToBareHttp', ratio, 3);
  reportCpu(figures, 'cpuSecondsPer1000Dispatches', single.cpu(single.result.okResponses));

  const batch = await measureInvoke(platform, invoke(plan.batchSize, plan.runSeconds), (run) =>
    profiled.around(`invoke-${String(plan.batchSize)}`, run),
  );
  const interactionsPerSecond = batch.result.okPerSecond * plan.batchSize;
  console.log(describeLoad(`Invoke, ${plan.batchSize} dispatches per call`, batch.result, 'calls/s'));
  console.log(`  ${interactionsPerSecond.toFixed(0)} interactions/s   (issue 12 goal ≥ 20,000)`);
  figures.set('batchInvokeRequestsPerSecond', batch.result.okPerSecond);
  figures.set('batchInteractionsPerSecond', interactionsPerSecond);
  figures.set('batchInvokeP99Ms', batch.result.latencyP99Ms, 1);
  figures.set('batchInvokeFailures', batch.result.failures);
  reportCpu(figures, 'cpuSecondsPer1000BatchedDispatches', batch.cpu(batch.result.okResponses * plan.batchSize));

  return warmUp.okResponses + single.result.okResponses + batch.result.okResponses * plan.batchSize;
}
