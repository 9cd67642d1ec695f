// `npm run bench:statistics`: issue 16's acceptance of the statistics service, on the whole platform started as
// `npm start` starts it (the built launcher, a private nats-server with its own storage, interactions, notifier,
// statistics, gateway) with a generated tenant of 1,000 agents, each signed in over GWS and CometD, Ready, accepting and
// completing every offer. It dispatches 200 VCC interactions a second for 60 s and measures
// 1. the lag of the statistics: event time → the figure counted in the supervisor's live stream (the headline, as a
//    supervisor sees it), beside the baseline of a bare JetStream consumer reading the same stream at the same moment;
// 2. their exactness: every figure of the Statistics API (tenant, route, each agent; interval and today) against the
//    benchmark's own recount of the whole event log afterwards (recount.ts), which must be equal;
// 3. the statistics service's CPU per 1,000 events and its memory, and the time it takes to show the same figures
//    again after it is killed (it reads the whole day from the log when it starts).
// Prints each figure as it is measured and ends with one JSON line of them all. A benchmark, not a test: it reports,
// it does not assert. `-- --quick` runs a 10 s load; `-- --agents <n>` another size of tenant; `-- --cpu-prof <dir>` profiles the statistics service and the
// gateway over the load (<dir>/load/<app>.cpuprofile; read them with tools/bench/dist/profile/main.js).
import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { jetstreamManager } from '@nats-io/jetstream';
import { EVENTS_STREAM } from '@switchboard/contracts';
import { environmentOf, isAlive, startPlatform, type Platform } from '@switchboard/testing';
import { AgentDesks } from '../stack/agent-desks.js';
import { EventLog } from '../stack/event-log.js';
import { Figures } from '../stack/figures.js';
import { dispatchAtRate } from '../stack/paced-dispatch.js';
import { percentile } from '../stack/percentile.js';
import { cpuSecondsOf } from '../stack/process-cpu.js';
import { rssBytesOf } from '../stack/process-memory.js';
import { NOT_PROFILED, profiledWindows, profilingEnvironment } from '../stack/profiled-windows.js';
import { integrationToken } from '../stack/vcc-invoke.js';
import { BareConsumer } from './bare-consumer.js';
import { BusReads } from './bus-reads.js';
import { compareWithRecount } from './compare.js';
import { bucketsOf, countBetween, percentileBetween, type Buckets } from './lag-histogram.js';
import { COUNTED_KINDS, lagsOf, type CountedKind } from './lag.js';
import { LiveStatistics } from './live-statistics.js';
import { readWholeLog } from './log-events.js';
import { FULL_PLAN, QUICK_PLAN, type StatisticsPlan } from './plan.js';
import { recount } from './recount.js';
import { measureRestart } from './restart.js';
import { readAllStatistics, restorableFigures, summaryOf } from './statistics-api.js';
import { writeStatisticsTenant } from './statistics-tenant.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, agents: { type: 'string' }, 'cpu-prof': { type: 'string' } },
});
const plan: StatisticsPlan = {
  ...(values.quick ? QUICK_PLAN : FULL_PLAN),
  ...(values.agents === undefined ? {} : { agents: Number(values.agents) }),
};
if (!Number.isInteger(plan.agents) || plan.agents < 1)
  throw new Error(`--agents takes a positive number, not ${values.agents}`);
const cpuProfileDir = values['cpu-prof'] === undefined ? undefined : path.resolve(values['cpu-prof']);
/** The statistics service's own histogram of event time → folded (apps/statistics/src/metrics/event-lag.ts). */
const LAG_HISTOGRAM = 'switchboard_statistics_event_lag_seconds';
const figures = new Figures();
const TENANT = 'size';
/** The SLA target the service is started with: the recount needs it (the generated route's plan sets none). */
const DEFAULT_SLA_SECONDS = 20;
const DAY_MS = 86_400_000;
/** No new event in the log for this long: the platform has finished the load's interactions. */
const QUIET_MS = 3_000;

/** Runs one phase and prints how long it took. */
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    console.log(`  (${name}: ${((performance.now() - start) / 1000).toFixed(1)} s)`);
  }
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** p50/p95/p99/max of `lags` (ms), printed and recorded under `name`. */
function reportLags(label: string, name: string, lags: number[]): void {
  const sorted = [...lags].sort((a, b) => a - b);
  const [p50, p95, p99, max] = [50, 95, 99, 100].map((p) => percentile(sorted, p)) as [number, number, number, number];
  console.log(`${label}: p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(p99)}, max ${ms(max)} over ${sorted.length} changes`);
  figures.set(`${name}P50Ms`, p50);
  figures.set(`${name}P95Ms`, p95);
  figures.set(`${name}P99Ms`, p99);
  figures.set(`${name}MaxMs`, max);
}

/** Resolves once the log has taken no new message for QUIET_MS: every interaction of the load is done with. */
async function untilLogQuiet(log: EventLog, timeoutSeconds: number): Promise<void> {
  const deadline = performance.now() + timeoutSeconds * 1000;
  let last = (await log.size()).lastSeq;
  let quietSince = performance.now();
  while (performance.now() - quietSince < QUIET_MS) {
    if (performance.now() > deadline) throw new Error(`the event log still grew ${timeoutSeconds} s after the load`);
    await sleep(250);
    const seq = (await log.size()).lastSeq;
    if (seq !== last) {
      last = seq;
      quietSince = performance.now();
    }
  }
}

/** Resolves once two summaries a second apart show the same figures: the service has read what the log holds. */
async function untilStatisticsSettle(platform: Platform): Promise<void> {
  let previous = '';
  for (let tries = 0; tries < 60; tries += 1) {
    const summary = await summaryOf(platform.baseUrl);
    const now = summary === undefined ? '' : restorableFigures(summary);
    if (now !== '' && now === previous) return;
    previous = now;
    await sleep(1_000);
  }
  throw new Error('the statistics summary did not settle within a minute of a quiet log');
}

/** The statistics service's lag histogram, from its /metrics (on the port the launcher gave it). */
async function lagBucketsOf(pid: number): Promise<Buckets> {
  const port = (await environmentOf(pid)).STATISTICS_PORT;
  const response = await fetch(`http://127.0.0.1:${port ?? ''}/metrics`);
  return bucketsOf(await response.text(), LAG_HISTOGRAM);
}

async function measure(platform: Platform, usernames: readonly string[]): Promise<void> {
  const token = await integrationToken(platform.baseUrl);
  const log = await EventLog.open(platform);
  const signInStart = performance.now();
  const desks = await AgentDesks.signIn(platform.baseUrl, usernames);
  console.log(
    `${desks.count} agents signed in over GWS and CometD, Ready, accepting and completing every offer (${((performance.now() - signInStart) / 1000).toFixed(1)} s)`,
  );
  try {
    await phase('warm-up', () => dispatchAtRate(platform.baseUrl, token, plan.rate, plan.warmUpSeconds));
    const live = await LiveStatistics.open(platform.baseUrl);
    const bare = await BareConsumer.start(log.connection, TENANT);
    const busReads = new BusReads(log.connection, TENANT);
    try {
      await live.opened;
      const statisticsPid = await platform.pidOf('statistics');

      // the baseline of the service's CPU: the platform idle, the supervisor's stream open
      await untilLogQuiet(log, plan.drainTimeoutSeconds);
      const idleCpu = await cpuSecondsOf(statisticsPid);
      await sleep(plan.idleSeconds * 1000);
      const idleCpuPerSecond = ((await cpuSecondsOf(statisticsPid)) - idleCpu) / plan.idleSeconds;

      const loadStart = Date.now();
      bare.timeFrom(loadStart);
      const cpuBefore = await cpuSecondsOf(statisticsPid);
      const lagBefore = await lagBucketsOf(statisticsPid);
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const profiled =
        cpuProfileDir === undefined
          ? NOT_PROFILED
          : profiledWindows(platform, cpuProfileDir, ['statistics', 'gateway']);
      const load = await phase('load', () =>
        profiled.around('load', () => dispatchAtRate(platform.baseUrl, token, plan.rate, plan.runSeconds)),
      );
      loopDelay.disable();
      const loadEnd = Date.now();
      const loadAverageAfter = loadavg()[0] ?? Number.NaN;
      if (!isAlive(statisticsPid))
        throw new Error(`the statistics service (pid ${statisticsPid}) exited during the load`);
      const rssAtEnd = await rssBytesOf(statisticsPid);
      await phase('drain', () => untilLogQuiet(log, plan.drainTimeoutSeconds));
      const loadCpu = (await cpuSecondsOf(statisticsPid)) - cpuBefore;
      const loadEvents = bare.events;
      await phase('statistics settle', () => untilStatisticsSettle(platform));
      const lagAfter = await lagBucketsOf(statisticsPid);
      await live.close();
      await bare.stop();
      await busReads.stop();

      console.log(
        `\nload: ${load.sentPerSecond.toFixed(1)} dispatch/s sent for ${plan.runSeconds} s, ${load.sentAt.size} dispatched, ${load.failures} Invokes failed; ` +
          `${desks.operationFailures} accepts or completes failed; the benchmark's event loop p99 delay ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms; load average ${loadAverageAfter.toFixed(2)} at its end (2 cores)`,
      );
      figures.set('sentPerSecond', load.sentPerSecond, 1);
      figures.set('dispatched', load.sentAt.size);
      figures.set('invokeFailures', load.failures);
      figures.set('agentOperationFailures', desks.operationFailures);
      figures.set('benchLoopDelayP99Ms', loopDelay.percentile(99) / 1e6);
      figures.set('loadAverageAfterLoad', loadAverageAfter, 2);

      // 2. exactness: the API's figures against the benchmark's recount of the whole log
      const { api, comparison, recounted, events } = await phase('exactness', async () => {
        const answers = await readAllStatistics(platform.baseUrl);
        if (answers === undefined) throw new Error('the Statistics API did not answer');
        const all = await readWholeLog(log.connection);
        const tenantEvents = all.filter((event) => event.tenant === TENANT);
        const intervalStart = Date.parse(answers.summary.intervalStart);
        const dayStart = Date.parse(answers.summary.dayStart);
        const counted = recount(tenantEvents, {
          intervalStart,
          intervalEnd: Math.min(intervalStart + answers.summary.intervalSeconds * 1000, dayStart + DAY_MS),
          dayStart,
          dayEnd: dayStart + DAY_MS,
          defaultSlaSeconds: DEFAULT_SLA_SECONDS,
          thresholdsSeconds: answers.summary.today.splitByWaitTime.map((split) => split.thresholdSeconds),
        });
        return {
          api: answers,
          comparison: compareWithRecount(answers, counted),
          recounted: counted,
          events: all.length,
        };
      });
      const today = api.summary.today;
      console.log(
        `\nexactness: ${comparison.compared} figures of the Statistics API (tenant, ${api.queues.queues.length} route(s), ${api.agents.agents.length} agents; interval and today) ` +
          `against the benchmark's recount of the ${events} events of the log: ${comparison.mismatches.length} differ`,
      );
      console.log(
        `  today: entered ${today.entered}, offered ${today.offered}, accepted ${today.accepted}, rejected ${today.rejected}, offer timeouts ${today.offerTimeouts}, ` +
          `abandoned ${today.abandoned}, completed ${today.completed}, transferred ${today.transferred}, service level ${String(today.serviceLevel)}, ` +
          `average speed of answer ${today.averageSpeedOfAnswerSeconds.toFixed(3)} s; waiting now ${api.summary.realTime.waiting}, agents ready ${api.summary.realTime.agents.ready}`,
      );
      for (const mismatch of comparison.mismatches.slice(0, 50)) console.log(`  MISMATCH ${mismatch}`);
      if (comparison.mismatches.length > 50) console.log(`  … and ${comparison.mismatches.length - 50} more`);
      figures.set('figuresCompared', comparison.compared);
      figures.set('figuresDiffering', comparison.mismatches.length);
      figures.set('todayEntered', today.entered);
      figures.set('todayCompleted', today.completed);
      figures.set('logEvents', events);

      // 1. lag: each counted change of today, timed to the first live event that counted it
      const dayStart = Date.parse(api.summary.dayStart);
      const samples = live.samples.filter((sample) => sample.dayStart === dayStart);
      const lags = lagsOf(recounted.changes, samples, loadStart);
      const allLive = COUNTED_KINDS.flatMap((kind) => lags.byKind[kind]);
      const allBare = COUNTED_KINDS.flatMap((kind) => bare.byKind[kind]);
      console.log(
        `\nlag, event time → counted (entered, offered, accepted, completed; ${samples.length} live events received, ${lags.unseen} changes never seen counted):`,
      );
      reportLags('  supervisor live stream (GET /statistics/v1/stream)', 'liveLag', allLive);
      for (const kind of COUNTED_KINDS) reportLags(`    ${kind}`, `liveLag${capital(kind)}`, lags.byKind[kind]);
      const folded = (p: number): string => `≤ ${String(percentileBetween(lagBefore, lagAfter, p))} s`;
      console.log(
        `  the statistics service's own histogram (${LAG_HISTOGRAM}, event time → folded, every event): p50 ${folded(50)}, p95 ${folded(95)}, p99 ${folded(99)} over ${countBetween(lagBefore, lagAfter)} events`,
      );
      figures.set('foldedLagP50UpToSeconds', percentileBetween(lagBefore, lagAfter, 50), 3);
      figures.set('foldedLagP99UpToSeconds', percentileBetween(lagBefore, lagAfter, 99), 3);
      reportLags('  baseline: a bare JetStream consumer of SB_EVENTS', 'bareLag', allBare);
      figures.set('liveLagUnseen', lags.unseen);
      const read = lagsOf(
        recounted.changes,
        busReads.samples.filter((sample) => sample.dayStart === dayStart),
        loadStart,
      );
      reportLags(
        '  the statistics service read over the bus every 250 ms (its query statisticsGet, no gateway)',
        'busReadLag',
        COUNTED_KINDS.flatMap((kind) => read.byKind[kind]),
      );
      figures.set('liveEvents', samples.length);

      // 3. cost
      const cpuPerThousand = (loadCpu / Math.max(1, loadEvents)) * 1000;
      console.log(
        `\nstatistics service: ${cpuPerThousand.toFixed(3)} CPU s per 1,000 events (${loadCpu.toFixed(2)} s over the ${loadEvents} events from the load's start to a quiet log, ` +
          `${((loadEnd - loadStart) / 1000).toFixed(0)} s of load; idle with the live stream and the benchmark's bus reads: ${idleCpuPerSecond.toFixed(3)} CPU s/s); RSS ${(rssAtEnd / 2 ** 20).toFixed(0)} MiB`,
      );
      figures.set('statisticsCpuSecondsPer1000Events', cpuPerThousand, 3);
      figures.set('statisticsIdleCpuSecondsPerSecond', idleCpuPerSecond, 3);
      figures.set('statisticsRssMiB', rssAtEnd / 2 ** 20);
      figures.set('loadEvents', loadEvents);

      const restart = await phase('restart', () => measureRestart(platform));
      const info = await (await jetstreamManager(log.connection)).streams.info(EVENTS_STREAM);
      console.log(
        `\nrestart (SIGKILL by pid, the launcher starts it again): the same figures after ${restart.sameFiguresSeconds.toFixed(2)} s ` +
          `(respawned after ${restart.respawnSeconds.toFixed(2)} s, the launcher's back-off); the log then held ${events} events in ${info.state.messages} messages, ${(info.state.bytes / 2 ** 20).toFixed(1)} MiB`,
      );
      figures.set('restartSameFiguresSeconds', restart.sameFiguresSeconds, 2);
      figures.set('restartRespawnSeconds', restart.respawnSeconds, 2);
      figures.set('restartLogMiB', info.state.bytes / 2 ** 20, 1);
    } finally {
      await live.close();
      await bare.stop().catch(() => undefined);
      await busReads.stop();
    }
  } finally {
    await desks.signOut().catch(() => undefined);
    await log.close();
  }
}

const capital = (kind: CountedKind): string => (kind[0] ?? '').toUpperCase() + kind.slice(1);

async function main(): Promise<void> {
  const runStart = performance.now();
  figures.note('quick', values.quick);
  figures.set('agents', plan.agents);
  figures.set('rate', plan.rate);
  figures.set('runSeconds', plan.runSeconds);
  console.log(
    `node ${process.version}; ${plan.agents} agents accepting and completing, ${plan.rate} VCC dispatch/s for ${plan.runSeconds} s after a ${plan.warmUpSeconds} s warm-up; ` +
      `load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}\n`,
  );
  if (cpuProfileDir !== undefined) await mkdir(cpuProfileDir, { recursive: true });
  const tenant = await writeStatisticsTenant(plan.agents);
  try {
    const platform = await phase('platform start', () =>
      startPlatform({
        SWITCHBOARD_CONFIG_DIR: tenant.configDir,
        // the load is one integration client's: the per-client rate limit would otherwise measure itself
        RATE_LIMIT_PER_MINUTE: String(1e9),
        STATISTICS_DEFAULT_SLA_SECONDS: String(DEFAULT_SLA_SECONDS),
        ...(cpuProfileDir === undefined ? {} : profilingEnvironment(cpuProfileDir)),
      }),
    );
    try {
      await measure(platform, tenant.usernames);
    } catch (error) {
      // what the platform's processes said last: why a service died, or stopped answering
      const lines = platform.output().trimEnd().split('\n');
      console.log(`\nthe run failed; the platform's last output lines:\n${lines.slice(-40).join('\n')}\n`);
      throw error;
    } finally {
      await phase('platform stop', () => platform.stop());
    }
  } finally {
    await tenant.remove();
  }
  figures.set('benchSeconds', (performance.now() - runStart) / 1000, 1);
  console.log(figures.json());
}

await main();
