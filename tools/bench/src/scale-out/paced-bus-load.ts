import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NatsConnection } from '@nats-io/transport-node';
import { dispatchOnBus, type BusLoadResult } from './bus-dispatch.js';
import { dispatchesOfLoad, dueAtMs, dueBy, isLate, tenantOf } from './rate-schedule.js';

/**
 * The shortest wait between sends: each wake-up sends what fell due meanwhile (3 at 3,000/s), close to an even
 * schedule. Longer ticks would send bursts, and a burst split over two instances batches less per instance than
 * one instance's whole burst: the very effect the open loop is there to take out.
 */
const TICK_MS = 1;

/**
 * An open loop: `rate` dispatches per second in all, in turn over `tenants`, each sent when its time comes whether or
 * not the earlier ones have answered (so both layouts do the same work per second, below saturation, where the closed
 * loop saturates the box and measures how well each batches). Resolves once every dispatch has answered or failed, so
 * that no work is left in flight when the caller reads the CPU.
 */
export async function runPacedBusLoad(
  connection: NatsConnection,
  tenants: readonly string[],
  rate: number,
  seconds: number,
): Promise<BusLoadResult> {
  const total = dispatchesOfLoad(rate, seconds);
  const dispatched: Record<string, number> = Object.fromEntries(tenants.map((tenant) => [tenant, 0]));
  const answers: Promise<void>[] = [];
  let failures = 0;
  let late = 0;
  const start = performance.now();
  const send = (index: number): Promise<void> => {
    const tenant = tenantOf(index, tenants);
    const answered = (): void => {
      if (isLate(dueAtMs(index, rate), performance.now() - start)) late += 1;
    };
    return dispatchOnBus(connection, tenant).then(
      (reply) => {
        answered();
        if (reply.ok) dispatched[tenant] = (dispatched[tenant] ?? 0) + 1;
        else failures += 1;
      },
      () => {
        answered();
        failures += 1;
      },
    );
  };
  let sent = 0;
  while (sent < total) {
    for (const due = dueBy(performance.now() - start, rate, total); sent < due; sent += 1) answers.push(send(sent));
    if (sent < total) await sleep(TICK_MS);
  }
  const sendingSeconds = (performance.now() - start) / 1000;
  await Promise.all(answers);
  return { dispatched, failures, late, seconds: sendingSeconds };
}

/**
 * Rate 0: no dispatch for `seconds`. What a layout burns then (lease renewals, timers, heartbeats) is paid per second
 * and per instance, not per dispatch, so it weighs on the per-1,000 figures of a low rate, and twice in B.
 */
export async function runIdleLoad(
  _connection: NatsConnection,
  tenants: readonly string[],
  seconds: number,
): Promise<BusLoadResult> {
  await sleep(seconds * 1000);
  return { dispatched: Object.fromEntries(tenants.map((tenant) => [tenant, 0])), failures: 0, late: 0, seconds };
}
