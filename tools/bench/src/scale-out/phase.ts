import { Kvm } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { pollUntil, startTestNats } from '@switchboard/testing';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpuSecondsOf } from '../stack/process-cpu.js';
import { dispatchOnBus, runBusLoad } from './bus-dispatch.js';
import { InteractionsInstance } from './interactions-instance.js';
import { cpuSecondsBetween } from './per-thousand.js';
import type { ScaleOutPlan } from './plan.js';

/** The bucket and key format of apps/interactions' tenant leases (libs/bus LEASES_BUCKET: key = tenant, value = holder). */
const LEASES_BUCKET = 'SB_LEASES';
const SERVING_TIMEOUT_MS = 60_000;

/** How the tenants are placed: each instance and the tenants it must end up holding. */
export interface Layout {
  name: string;
  instances: readonly { instanceId: string; preferredTenants: readonly string[]; holds: readonly string[] }[];
}

export interface PhaseResult {
  /** Dispatches answered ok in the measured load, in all and by tenant. */
  dispatches: number;
  byTenant: Record<string, number>;
  failures: number;
  seconds: number;
  /** CPU seconds of the interactions instances during the measured load, summed. */
  interactionsCpuSeconds: number;
  natsServerCpuSeconds: number;
  /** From spawning the instances to every tenant answering a dispatch. */
  startSeconds: number;
}

/** The holder of each tenant's lease must be the one the layout says, or the phase measures another placement. */
async function assertPlacement(connection: NatsConnection, layout: Layout): Promise<void> {
  const leases = await new Kvm(connection).open(LEASES_BUCKET);
  for (const instance of layout.instances) {
    for (const tenant of instance.holds) {
      const entry = await leases.get(tenant);
      const holder = entry?.operation === 'PUT' ? entry.string() : undefined;
      if (holder !== instance.instanceId) throw new Error(`${layout.name}: tenant ${tenant} is held by ${holder ?? 'nobody'}, not ${instance.instanceId}`);
    }
  }
}

/**
 * One layout on a fresh nats-server (its own storage, so both phases start from an empty log): starts its instances,
 * waits until every tenant answers a dispatch from the instance meant to hold it, loads them for the warm-up and then
 * for the measured run, reading the instances' CPU around the latter, and stops everything.
 */
export async function measureLayout(layout: Layout, configDir: string, plan: ScaleOutPlan, cpuProfileDir?: string): Promise<PhaseResult> {
  const tenants = layout.instances.flatMap((instance) => instance.holds);
  const nats = await startTestNats();
  const instances: InteractionsInstance[] = [];
  let connection: NatsConnection | undefined;
  try {
    const profileDir = cpuProfileDir === undefined ? undefined : path.join(cpuProfileDir, layout.name);
    if (profileDir !== undefined) await mkdir(profileDir, { recursive: true });
    const spawnedAt = performance.now();
    for (const instance of layout.instances) {
      instances.push(
        InteractionsInstance.start({ natsUrl: nats.url, configDir, instanceId: instance.instanceId, preferredTenants: instance.preferredTenants, ...(profileDir === undefined ? {} : { cpuProfileDir: profileDir }) }),
      );
    }
    connection = await connect({ servers: nats.url, name: 'bench-scale-out', noAsyncTraces: true });
    const client = connection;
    // an instance that exits ends the phase at once, with its output
    const alive = <T>(work: Promise<T>): Promise<T> => Promise.race([work, ...instances.map((instance) => instance.died)]);
    for (const tenant of tenants) {
      await alive(
        pollUntil(async () => ((await dispatchOnBus(client, tenant)).ok ? true : undefined), {
          timeoutMs: SERVING_TIMEOUT_MS,
          intervalMs: 100,
          what: `${layout.name}: tenant ${tenant} answering dispatches`,
        }),
      );
    }
    const startSeconds = (performance.now() - spawnedAt) / 1000;
    await assertPlacement(client, layout);

    await alive(runBusLoad(client, tenants, plan.concurrency, plan.warmUpSeconds));
    const readCpu = (): Promise<number[]> => Promise.all([...instances.map((instance) => cpuSecondsOf(instance.pid)), cpuSecondsOf(natsPid(nats.process.pid))]);
    const before = await readCpu();
    const load = await alive(runBusLoad(client, tenants, plan.concurrency, plan.runSeconds));
    const after = await readCpu();
    // a lease lost during the load would have moved a tenant: the figures would be of another placement
    await assertPlacement(client, layout);
    const count = instances.length;
    return {
      dispatches: Object.values(load.dispatched).reduce((sum, n) => sum + n, 0),
      byTenant: load.dispatched,
      failures: load.failures,
      seconds: load.seconds,
      interactionsCpuSeconds: cpuSecondsBetween(before.slice(0, count), after.slice(0, count)),
      natsServerCpuSeconds: cpuSecondsBetween(before.slice(count), after.slice(count)),
      startSeconds,
    };
  } finally {
    await connection?.close();
    await Promise.all(instances.map((instance) => instance.stop()));
    await nats.dispose();
  }
}

function natsPid(pid: number | undefined): number {
  if (pid === undefined) throw new Error('nats-server has no pid');
  return pid;
}
