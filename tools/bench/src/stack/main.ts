// `npm run bench:stack`: the whole platform under load, started as `npm start` starts it (the built launcher,
// a private nats-server, the three apps) with a generated tenant in temporary directories. Prints each figure as
// it is measured, with its ratio to a baseline measured in the same run where one applies, and ends with one
// JSON line holding every figure. A benchmark, not a test: it reports, it does not assert. `-- --quick` runs a
// small version in under a minute. Issue 12 names the figures still to come (restart at 1M events, agents held,
// memory per agent and with 100k interactions waiting).
import { startPlatform, writeGeneratedTenant, type GeneratedTenant, type Platform } from '@switchboard/testing';
import { parseArgs } from 'node:util';
import { AgentDesks } from './agent-desks.js';
import { startBareHttp } from './bare-http.js';
import { eventLogSize } from './event-log.js';
import { Figures } from './figures.js';
import { measureInviteLatency } from './invite-latency.js';
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

/**
 * Invoke → CometD invitation with every agent of the tenant at its desk, accepting and completing, at each rate
 * of the plan; then the agents sign out, so that the closed-loop loads after it dispatch into a line no agent
 * takes from.
 */
async function measureInvitations(platform: Platform, token: string, tenant: GeneratedTenant): Promise<void> {
  const signInStart = Date.now();
  const desks = await AgentDesks.signIn(platform.baseUrl, tenant.usernames);
  console.log(`${desks.count} agents signed in over GWS and CometD, Ready (${((Date.now() - signInStart) / 1000).toFixed(1)} s)`);
  try {
    // Not measured: the first invitations pay for JIT and cold caches along the path.
    await measureInviteLatency(platform.baseUrl, token, desks, plan.inviteRates[0] ?? 100, plan.warmUpSeconds, plan.drainSeconds);
    for (const rate of plan.inviteRates) {
      const m = await measureInviteLatency(platform.baseUrl, token, desks, rate, plan.inviteSeconds, plan.drainSeconds);
      const trouble = [
        m.undelivered > 0 ? `${m.undelivered} not delivered within ${plan.drainSeconds} s` : '',
        m.invokeFailures > 0 ? `${m.invokeFailures} Invokes failed` : '',
        m.sentPerSecond < rate * 0.95 ? `only ${m.sentPerSecond.toFixed(0)}/s sent` : '',
        m.benchLoopDelayP99Ms > 20 ? `the benchmark's own event loop lagged, p99 ${m.benchLoopDelayP99Ms.toFixed(0)} ms` : '',
      ].filter((text) => text !== '');
      console.log(
        `Invoke → CometD invitation at ${rate} dispatch/s: p50 ${m.p50Ms.toFixed(1)} ms, p99 ${m.p99Ms.toFixed(1)} ms over ${m.dispatched} interactions` +
          (trouble.length > 0 ? `   (${trouble.join('; ')})` : ''),
      );
      figures.set(`inviteP50MsAt${rate}`, m.p50Ms, 1);
      figures.set(`inviteP99MsAt${rate}`, m.p99Ms, 1);
      figures.set(`invitesUndeliveredAt${rate}`, m.undelivered);
      figures.set(`inviteBenchLoopDelayP99MsAt${rate}`, m.benchLoopDelayP99Ms, 1);
    }
    figures.set('inviteOperationFailures', desks.operationFailures);
  } finally {
    await desks.signOut();
  }
}

async function measurePlatform(platform: Platform, tenant: GeneratedTenant): Promise<void> {
  const token = await integrationToken(platform.baseUrl);
  await measureInvitations(platform, token, tenant);
  const invoke = (count: number, durationSeconds: number): LoadOptions => ({
    url: `${platform.baseUrl}${INVOKE_PATH}`,
    connections: plan.connections,
    durationSeconds,
    method: 'POST',
    headers: invokeHeaders(token),
    body: invokeBody(count),
  });
  await runLoad(invoke(1, plan.warmUpSeconds));

  // The baseline right before the measurement it divides, so that both see the same load from the rest of the
  // machine (the platform idles meanwhile).
  const bare = await measureBareHttp();
  console.log(describeLoad('bare node:http hello server', bare));
  figures.set('bareHttpRequestsPerSecond', bare.okPerSecond);
  const single = await measureInvoke(platform, invoke(1, plan.runSeconds));
  console.log(describeLoad('Invoke, 1 dispatch per call', single.result));
  const ratio = single.result.okPerSecond / bare.okPerSecond;
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
      `a generated tenant of ${plan.agents} agents; invitation latency at ${plan.inviteRates.join(', ')} dispatch/s, ${plan.inviteSeconds} s each\n`,
  );

  const tenant = await writeGeneratedTenant(plan.agents);
  try {
    // The load is one integration client's: the per-client rate limit would otherwise measure itself.
    const platform = await startPlatform({ SWITCHBOARD_CONFIG_DIR: tenant.configDir, RATE_LIMIT_PER_MINUTE: String(1e9) });
    try {
      await measurePlatform(platform, tenant);
    } finally {
      await platform.stop();
    }
  } finally {
    await tenant.remove();
  }
  console.log(figures.json());
}

await main();
