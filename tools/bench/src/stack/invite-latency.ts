import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pollUntil } from '@switchboard/testing';
import type { AgentDesks } from './agent-desks.js';
import { dispatchAtRate } from './paced-dispatch.js';
import { percentile } from './percentile.js';

export interface InviteLatency {
  rate: number;
  sentPerSecond: number;
  dispatched: number;
  /** Dispatched but not offered to a desk by the end of the drain: the platform did not keep up. */
  undelivered: number;
  invokeFailures: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * The p99 delay of the benchmark's own event loop meanwhile: the desks and the dispatcher share one process, and
   * a high figure here means part of the latency is the benchmark's, not the platform's.
   */
  benchLoopDelayP99Ms: number;
}

/**
 * Dispatches at `rate` per second to the route the desks serve and measures, per interaction, the time from
 * sending its Invoke to its invitation arriving on a desk over CometD. Waits up to `drainSeconds` after the last
 * reply for the invitations still under way.
 */
export async function measureInviteLatency(
  baseUrl: string,
  token: string,
  desks: AgentDesks,
  rate: number,
  durationSeconds: number,
  drainSeconds: number,
): Promise<InviteLatency> {
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const paced = await dispatchAtRate(baseUrl, token, rate, durationSeconds);
  const ids = [...paced.sentAt.keys()];
  const missing = (): number => ids.filter((id) => !desks.invitedAt.has(id)).length;
  await pollUntil(() => (missing() === 0 ? true : undefined), {
    timeoutMs: drainSeconds * 1000,
    intervalMs: 50,
    what: 'every invitation',
  }).catch(() => undefined); // what did not arrive is reported as undelivered
  loopDelay.disable();
  const latencies = ids
    .flatMap((id) => {
      const invited = desks.invitedAt.get(id);
      const sent = paced.sentAt.get(id);
      return invited === undefined || sent === undefined ? [] : [invited - sent];
    })
    .sort((a, b) => a - b);
  return {
    rate,
    sentPerSecond: paced.sentPerSecond,
    dispatched: ids.length,
    undelivered: missing(),
    invokeFailures: paced.failures,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    benchLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  };
}
