import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { GENERATED_ROUTE } from '@switchboard/testing';
import { postJson } from './http-client.js';
import { INVOKE_PATH, invokeHeaders } from './vcc-invoke.js';

const TICK_MS = 5;
/** Unique external ids across every paced load of the run. */
let externalIds = 0;

export interface PacedDispatch {
  /** performance.now() when the Invoke that dispatched each interaction was sent, by interaction id. */
  sentAt: Map<string, number>;
  /** Invokes that did not answer 200 with a dispatched result. */
  failures: number;
  /** The rate actually sent (below the one asked for when the benchmark's own process could not keep up). */
  sentPerSecond: number;
}

interface InvokeAnswer {
  results?: { outcome?: string; interactionid?: string }[];
}

/**
 * An open-loop load: one Invoke of one dispatch every 1/rate s for `durationSeconds`, whether or not the
 * earlier ones have answered (a closed loop would slow down with the platform and hide its queueing).
 */
export async function dispatchAtRate(
  baseUrl: string,
  token: string,
  rate: number,
  durationSeconds: number,
): Promise<PacedDispatch> {
  const headers = invokeHeaders(token);
  const sentAt = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  let failures = 0;
  let sent = 0;
  const dispatch = (externalid: string): void => {
    const at = performance.now();
    const body = JSON.stringify({ requests: [{ externalid, route: GENERATED_ROUTE }] });
    const call = postJson(`${baseUrl}${INVOKE_PATH}`, headers, body).then(
      (answer) => {
        const [result] = (answer.body as InvokeAnswer | undefined)?.results ?? [];
        if (answer.status === 200 && result?.outcome === 'dispatched' && result.interactionid !== undefined)
          sentAt.set(result.interactionid, at);
        else failures += 1;
      },
      () => {
        failures += 1;
      },
    );
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call));
  };

  const start = performance.now();
  const end = start + durationSeconds * 1000;
  for (let now = start; now < end; now = performance.now()) {
    const due = Math.floor(((now - start) / 1000) * rate);
    for (; sent < due; sent += 1) dispatch(`bench-paced-${externalIds++}`);
    await sleep(TICK_MS);
  }
  const sentPerSecond = sent / ((performance.now() - start) / 1000);
  await Promise.all(inFlight);
  return { sentAt, failures, sentPerSecond };
}
