import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  GENERATED_AGENT_PASSWORD,
  isAlive,
  pollUntil,
  type GeneratedTenant,
  type Platform,
} from '@switchboard/testing';
import type { EventLog } from './event-log.js';
import type { Figures } from './figures.js';
import { postJson } from './http-client.js';
import { compileTemplate, copyOf, eventIds, layout } from './log-copies.js';
import type { StackPlan } from './plan.js';
import { publishCopies } from './publish-copies.js';
import { stackCpuSeconds } from './stack-cpu.js';
import type { PerProcess } from './stack-processes.js';

const GAP_MS = 1_000;
const RESTART_TIMEOUT_MS = 300_000;
const POLL_MS = 50;
const QUIET_INTERVAL_MS = 500;
/** Share of one core under which the platform counts as idle. */
const QUIET_CPU = 0.1;
const QUIET_TIMEOUT_MS = 300_000;

/** A command the interactions service answers once it has restored its state: an agent's session, started or ended. */
async function command(
  platform: Platform,
  username: string,
  operationName: 'StartContactCenterSession' | 'EndContactCenterSession',
): Promise<number> {
  const authorization = `Basic ${Buffer.from(`${username}:${GENERATED_AGENT_PASSWORD}`).toString('base64')}`;
  const answer = await postJson(`${platform.baseUrl}/api/v2/me`, { authorization }, JSON.stringify({ operationName }));
  return answer.status;
}

/**
 * SIGKILLs the interactions service and resolves with the seconds until it answers a command again: the
 * launcher's restart delay, the new process's start, its restore of the state and its first command. The command
 * is sent every POLL_MS without waiting for the ones before: one sent while NATS has not yet noticed the dead
 * connection waits for the gateway's bus timeout, and must not hold back the ones after it.
 */
async function restartSeconds(platform: Platform, username: string): Promise<number> {
  const crashed = await platform.pidOf('interactions');
  const killedAt = performance.now();
  process.kill(crashed, 'SIGKILL');
  const answeredAt = await new Promise<number>((resolve, reject) => {
    const deadline = AbortSignal.timeout(RESTART_TIMEOUT_MS);
    let done = false;
    const poll = setInterval(() => {
      if (deadline.aborted) {
        clearInterval(poll);
        reject(
          new Error(`the restarted interactions service did not answer a command within ${RESTART_TIMEOUT_MS} ms`),
        );
        return;
      }
      void command(platform, username, 'StartContactCenterSession').then(
        (status) => {
          if (status !== 200 || done) return;
          done = true;
          clearInterval(poll);
          resolve(performance.now());
        },
        () => undefined,
      );
    }, POLL_MS);
  });
  const seconds = (answeredAt - killedAt) / 1000;
  const restarted = await platform.pidOf('interactions');
  if (restarted === crashed || !isAlive(restarted))
    throw new Error('the interactions service answered, but no new instance is recorded');
  // back to the state the log ends in (every agent signed out), for the next restart
  await command(platform, username, 'EndContactCenterSession');
  return seconds;
}

/**
 * Waits until the platform is idle — the notifier has read every appended event, the restarted service has
 * settled — so a restart is not timed against their work: until the four processes together used under
 * QUIET_CPU of a core over one interval. Gives up (and says so) after QUIET_TIMEOUT_MS.
 */
async function waitForQuiet(platform: Platform): Promise<void> {
  const total = (cpu: PerProcess): number => Object.values(cpu).reduce((sum, seconds) => sum + seconds, 0);
  let last = { cpu: total(await stackCpuSeconds(platform)), at: performance.now() };
  await pollUntil(
    async () => {
      const now = { cpu: total(await stackCpuSeconds(platform)), at: performance.now() };
      if (now.at - last.at < QUIET_INTERVAL_MS / 2) return undefined; // pollUntil's first look comes at once
      const busy = (now.cpu - last.cpu) / ((now.at - last.at) / 1000);
      last = now;
      return busy < QUIET_CPU ? true : undefined;
    },
    { timeoutMs: QUIET_TIMEOUT_MS, intervalMs: QUIET_INTERVAL_MS, what: 'the platform to go idle' },
  ).catch(() => {
    console.log(
      `  (the platform was still busy after ${QUIET_TIMEOUT_MS / 1000} s: the restart below is timed against that work)`,
    );
  });
}

/** A stream that holds snapshots of the service's state, by its name. */
const SNAPSHOT_STREAM = /snap/i;

/**
 * Gives the restarted service the chance to snapshot the state it restored: waits up to `seconds` for a snapshot
 * stream (a JetStream KV bucket or object store whose name says snapshot) to be written after `sinceMs`. Resolves
 * with whether any snapshot stream exists, and the one written in time.
 */
async function waitForSnapshot(
  platform: Platform,
  log: EventLog,
  sinceMs: number,
  seconds: number,
): Promise<{ kept: boolean; written?: string }> {
  const written = async (): Promise<string | undefined> =>
    (await log.streams()).find((stream) => SNAPSHOT_STREAM.test(stream.name) && stream.lastMs >= sinceMs)?.name;
  if (!(await log.streams()).some((stream) => SNAPSHOT_STREAM.test(stream.name))) {
    console.log('  (the service keeps no snapshot stream)');
    return { kept: false };
  }
  const name = await pollUntil(written, { timeoutMs: seconds * 1000, intervalMs: 250, what: 'a snapshot' }).catch(
    () => undefined,
  );
  console.log(
    name === undefined
      ? `  (no snapshot written within ${seconds} s of the restart)`
      : `  (a snapshot was written to ${name} after the restart)`,
  );
  if (name === undefined) {
    // what the service said of its snapshots: why none was written is the first thing to know
    const said = platform
      .output()
      .split('\n')
      .filter((line) => /snapshot/i.test(line) && /"service":"interactions"/.test(line));
    for (const line of said.slice(-5)) console.log(`    ${line.slice(0, 400)}`);
  }
  return name === undefined ? { kept: true } : { kept: true, written: name };
}

/**
 * Restart with `plan.restartEvents` events in the log, on a platform of its own (`platform`, started with nothing
 * in its log and no snapshot). Its log is filled with copies of a real block of events (`block`, the agents-held
 * phase's first size on the main platform: sign-ins, interactions dispatched, offered, accepted and completed,
 * sign-outs; see log-copies.ts), appended as the service appends, until it holds at least that many; then the
 * interactions service is SIGKILLed and the time until it answers a command measured, twice:
 * - the first restart replays the whole log (the copies never went through the service, so nothing it could
 *   have kept of them — a snapshot — exists);
 * - the second restores the way a service that has run on this log restores (`restartSecondsAt1M`): the
 *   restarted service is first given `plan.snapshotWaitSeconds` to write a snapshot, when it keeps any; it then
 *   loads the latest snapshot and replays the tail after it. Without a snapshot it would replay the whole log
 *   again: then the first figure is the second, and the service is not killed twice.
 * Also the bytes per event of this log, as JetStream counts them.
 */
export async function measureRestart(
  platform: Platform,
  log: EventLog,
  tenant: GeneratedTenant,
  block: readonly string[],
  plan: StackPlan,
  figures: Figures,
): Promise<void> {
  const template = compileTemplate(block);
  if (template.events.length === 0) throw new Error('no events to copy: the agents-held phase stored none');
  const copies = Math.ceil(plan.restartEvents / template.events.length);
  // a fresh log: the copies' interaction numbers start at the block's own
  const at = layout(template, copies, Date.now(), GAP_MS, 0);
  const nextEventId = eventIds(randomUUID());
  const publishStart = performance.now();
  const stored = await publishCopies(
    log.connection,
    (function* () {
      for (let index = 0; index < copies; index += 1) yield copyOf(template, { ...at(index), nextEventId });
    })(),
  );
  const publishSeconds = (performance.now() - publishStart) / 1000;
  await waitForQuiet(platform);
  const size = await log.size();
  // the copies, and what the restart phase's own platform stored before (the block it was started with is on the other)
  const events = stored;
  const bytesPerEvent = size.bytes / Math.max(1, events);
  console.log(
    `event log: ${events} events copied (${copies} copies of the ${template.events.length} the agents-held phase stored) in ` +
      `${size.messages} records and messages, ` +
      `appended at ${(stored / publishSeconds).toFixed(0)} events/s; ${(size.bytes / 2 ** 20).toFixed(1)} MiB, ${bytesPerEvent.toFixed(0)} bytes per event`,
  );
  figures.set('restartEvents', events);
  figures.set('diskBytesPerEvent', bytesPerEvent);

  const username = tenant.usernames[0];
  if (username === undefined) throw new Error('the tenant has no agent');
  // the gateway has verified this agent's password before: the restart is not timed with a scrypt in it
  await command(platform, username, 'EndContactCenterSession');
  const fullReplay = await restartSeconds(platform, username);
  console.log(
    `restart with ${events} events in the log, SIGKILL → a command answered: ${fullReplay.toFixed(1)} s (the whole log replayed)`,
  );
  figures.set('restartSecondsFullReplay', fullReplay, 1);

  const snapshot = await waitForSnapshot(platform, log, Date.now() - fullReplay * 1000, plan.snapshotWaitSeconds);
  figures.note('restartFromSnapshot', snapshot.written !== undefined);
  if (!snapshot.kept) {
    // Nothing to restore from but the log: a second restart would time the same whole replay again.
    console.log(
      `  restart as a service that has run on that log restores: the same whole replay, ${fullReplay.toFixed(1)} s   (issue 12 goal ≤ 10 s at 1M events)`,
    );
    figures.set('restartSecondsAt1M', fullReplay, 1);
    return;
  }
  await waitForQuiet(platform);
  const restored = await restartSeconds(platform, username);
  console.log(
    `  again, after the restarted service has run on that log${snapshot.written === undefined ? '' : ' (from its snapshot and the tail after it)'}: ${restored.toFixed(1)} s   (issue 12 goal ≤ 10 s at 1M events)`,
  );
  figures.set('restartSecondsAt1M', restored, 1);
}
