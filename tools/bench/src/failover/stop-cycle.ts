import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pollUntil } from '@switchboard/testing';
import type { FailoverRig } from './failover-rig.js';
import { outageAfter, type Outage, type StopKind } from './outage.js';
import type { FailoverPlan } from './plan.js';
import type { TimelineLoad } from './timeline-load.js';

/** However long a failover takes, past this the run stops with what it knows: the tenant is not coming back. */
const SERVED_AGAIN_TIMEOUT_MS = 60_000;
const HOLDER_TIMEOUT_MS = 30_000;

export interface StopResult extends Outage {
  kind: StopKind;
  stopped: string;
  pid: number;
  /** Dispatches the load had made when the holder was stopped: the interactions waiting in the tenant's line, which a takeover restores. */
  waiting: number;
  /** The instance holding the tenant once it answered again. */
  successor: string | undefined;
  /** How long the successor took to restore the tenant once it had its lease (its own log's figure). */
  restoreMs: number | undefined;
  /** Dispatches sent once the tenant answered again that failed, until the next stop (the restart included): none expected. */
  failuresAfter: number;
}

/**
 * One stop: the tenant's holder, read from its lease, is stopped by `kind` (SIGKILL or SIGTERM) by pid; the outage
 * is read from the load's timeline once a dispatch sent after the stop has succeeded; then the stopped instance is
 * started again under its name and the load runs steady until the next stop.
 */
export async function stopCycle(
  rig: FailoverRig,
  load: TimelineLoad,
  tenant: string,
  kind: StopKind,
  plan: FailoverPlan,
): Promise<StopResult> {
  const stopped = await pollUntil(() => rig.holderOf(tenant), {
    timeoutMs: HOLDER_TIMEOUT_MS,
    intervalMs: 100,
    what: `an instance holding ${tenant}`,
  });
  const victim = rig.instance(stopped);
  const others = rig.others(stopped);
  const takeoversBefore = new Map(others.map((instance) => [instance.instanceId, instance.takeovers.length]));
  load.clear();
  const pid = victim.pid;
  const waiting = load.ok;
  const stoppedAt = performance.now();
  const exited = victim.stopWith(kind === 'kill' ? 'SIGKILL' : 'SIGTERM');
  const outage = await rig.alive(
    pollUntil(() => outageAfter(load.attempts, stoppedAt), {
      timeoutMs: SERVED_AGAIN_TIMEOUT_MS,
      intervalMs: 20,
      what: `${tenant} answering a dispatch after ${stopped} was stopped (${kind})`,
    }),
  );
  await exited;
  const successor = await rig.holderOf(tenant);

  // Started again under its name, as a supervisor restarts a process: the successor holds the tenant by now, so
  // the restarted one comes back empty-handed and stands by for the next stop.
  await rig.run(stopped);
  const renewEveryMs = (rig.leaseTtlSeconds * 1000) / 3;
  await rig.alive(sleep(plan.steadySeconds * 1000 + Math.random() * renewEveryMs));
  // read last: the successor logs its takeover just after it starts serving
  const restore = others
    .find((instance) => instance.instanceId === successor)
    ?.takeovers.slice(takeoversBefore.get(successor ?? '') ?? 0)
    .find((takeover) => takeover.tenant === tenant);
  return {
    kind,
    stopped,
    pid,
    waiting,
    successor,
    restoreMs: restore?.ms,
    failuresAfter: load.since(stoppedAt + outage.ms).failed,
    ...outage,
  };
}
