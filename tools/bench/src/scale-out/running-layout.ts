import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { jetstreamManager, StorageType } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { pollUntil, REPO_ROOT, startTestNats, type NatsHarness } from '@switchboard/testing';
import { InteractionsProcess } from '../processes/interactions-process.js';
import { ServiceProcess } from '../processes/service-process.js';
import { cpuSecondsOf } from '../stack/process-cpu.js';
import { BARE_STREAM, BARE_SUBJECTS } from './bare-log.js';
import { dispatchOnBus, type BusLoad } from './bus-dispatch.js';
import { cpuSecondsBetween, type LayoutTotals } from './per-thousand.js';
import { activityBetween, activityOf, type ProcessActivity } from './process-activity.js';

/** The bucket of apps/interactions' tenant leases (libs/bus LEASES_BUCKET): key = tenant, value = holder's INSTANCE_ID. */
const LEASES_BUCKET = 'SB_LEASES';
const SERVING_TIMEOUT_MS = 60_000;
const BARE_ENTRY = path.join(REPO_ROOT, 'tools', 'bench', 'dist', 'scale-out', 'bare-durable-service.js');

/**
 * How the tenants are placed: each instance, the tenants it prefers, and those it must end up holding. The service
 * is the interactions service, or the baseline (bare-durable-service.ts), which holds exactly the tenants it is given.
 */
export interface Layout {
  name: string;
  service: 'interactions' | 'bare';
  instances: readonly { instanceId: string; preferredTenants: readonly string[]; holds: readonly string[] }[];
}

/**
 * One layout of interactions instances on a nats-server of its own (fresh storage, so every layout starts from an
 * empty log), serving its tenants and loaded on demand.
 */
export class RunningLayout {
  private constructor(
    readonly layout: Layout,
    private readonly nats: NatsHarness,
    private readonly instances: readonly ServiceProcess[],
    private readonly client: NatsConnection,
    /** From spawning the instances to every tenant answering a dispatch. */
    readonly startSeconds: number,
  ) {}

  get tenants(): string[] {
    return this.layout.instances.flatMap((instance) => instance.holds);
  }

  /**
   * Starts the layout's instances together and resolves once every tenant answers a dispatch from the instance meant
   * to hold it; `cpuProfileDir`: each instance writes a CPU profile under <dir>/<layout name>/ when it stops.
   */
  static async start(layout: Layout, configDir: string, cpuProfileDir?: string): Promise<RunningLayout> {
    const nats = await startTestNats();
    const instances: ServiceProcess[] = [];
    let client: NatsConnection | undefined;
    try {
      const profileDir = cpuProfileDir === undefined ? undefined : path.join(cpuProfileDir, layout.name);
      if (profileDir !== undefined) await mkdir(profileDir, { recursive: true });
      if (layout.service === 'bare') await createBareStream(nats.url);
      const spawnedAt = performance.now();
      for (const { instanceId, preferredTenants, holds } of layout.instances) {
        if (layout.service === 'bare') {
          instances.push(
            ServiceProcess.spawn({
              name: `bare ${instanceId}`,
              entry: BARE_ENTRY,
              env: { NATS_URL: nats.url, TENANTS: holds.join(',') },
              ...(profileDir === undefined ? {} : { cpuProfileDir: profileDir }),
            }),
          );
          continue;
        }
        const env = {
          PREFERRED_TENANTS: preferredTenants.join(','),
          LOG_LEVEL: 'warn',
          // Snapshots are per tenant, so both layouts take the same ones over time; in a short window one could fall
          // into one phase and not the other, so the windows hold none.
          SNAPSHOT_EVERY_EVENTS: String(1e9),
        };
        instances.push(
          InteractionsProcess.start({
            natsUrl: nats.url,
            configDir,
            instanceId,
            env,
            ...(profileDir === undefined ? {} : { cpuProfileDir: profileDir }),
          }),
        );
      }
      const connection = await connect({
        servers: nats.url,
        name: `bench-scale-out-${layout.name}`,
        noAsyncTraces: true,
      });
      client = connection;
      const running = (startSeconds: number): RunningLayout =>
        new RunningLayout(layout, nats, instances, connection, startSeconds);
      for (const tenant of running(0).tenants) {
        await running(0).alive(
          pollUntil(async () => ((await dispatchOnBus(connection, tenant)).ok ? true : undefined), {
            timeoutMs: SERVING_TIMEOUT_MS,
            intervalMs: 100,
            what: `${layout.name}: tenant ${tenant} answering dispatches`,
          }),
        );
      }
      const started = running((performance.now() - spawnedAt) / 1000);
      await started.assertPlacement();
      return started;
    } catch (error) {
      await client?.close();
      await Promise.all(instances.map((instance) => instance.stop()));
      await nats.dispose();
      throw error;
    }
  }

  /** `load` over the layout's tenants, not measured. */
  async warmUp(load: BusLoad, seconds: number): Promise<void> {
    await this.alive(load(this.client, this.tenants, seconds));
  }

  /** One measured window of `load`: what was dispatched, and the CPU it took. */
  async measureWindow(load: BusLoad, seconds: number): Promise<LayoutTotals> {
    const natsPid = this.nats.process.pid;
    if (natsPid === undefined) throw new Error(`${this.layout.name}: nats-server has no pid`);
    const read = (): Promise<number[]> =>
      Promise.all([natsPid, ...this.instances.map((instance) => instance.pid)].map(cpuSecondsOf));
    const readActivity = (): Promise<ProcessActivity[]> =>
      Promise.all(this.instances.map((instance) => activityOf(instance.pid)));
    const [before, activityBefore] = await Promise.all([read(), readActivity()]);
    const result = await this.alive(load(this.client, this.tenants, seconds));
    const [after, activityAfter] = await Promise.all([read(), readActivity()]);
    const activity = activityBetween(activityBefore, activityAfter);
    return {
      byTenant: result.dispatched,
      failures: result.failures,
      late: result.late,
      seconds: result.seconds,
      natsServerCpuSeconds: cpuSecondsBetween(before.slice(0, 1), after.slice(0, 1)),
      interactionsCpuSeconds: cpuSecondsBetween(before.slice(1), after.slice(1)),
      interactionsSyscalls: activity.syscalls,
      interactionsWakeups: activity.wakeups,
      interactionsPreemptions: activity.preemptions,
    };
  }

  /** The holder of each tenant's lease must be the one the layout says, or the figures are of another placement. */
  async assertPlacement(): Promise<void> {
    if (this.layout.service === 'bare') return; // it serves the tenants it was started with, and no others
    const leases = await new Kvm(this.client).open(LEASES_BUCKET);
    for (const instance of this.layout.instances) {
      for (const tenant of instance.holds) {
        const entry = await leases.get(tenant);
        const holder = entry?.operation === 'PUT' ? entry.string() : undefined;
        if (holder !== instance.instanceId)
          throw new Error(
            `${this.layout.name}: tenant ${tenant} is held by ${holder ?? 'nobody'}, not ${instance.instanceId}`,
          );
      }
    }
  }

  async stop(): Promise<void> {
    await this.client.close();
    await Promise.all(this.instances.map((instance) => instance.stop()));
    await this.nats.dispose();
  }

  /** `work`, ended at once, with the instance's output, when an instance exits under it. */
  private alive<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, ...this.instances.map((instance) => instance.died)]);
  }
}

/** The baseline's log, one replica as the layouts' single nats-server gives the interactions service's events. */
async function createBareStream(natsUrl: string): Promise<void> {
  const connection = await connect({ servers: natsUrl, name: 'bench-scale-out-bare-setup' });
  try {
    const manager = await jetstreamManager(connection);
    // as the event stream is made (libs/bus ensureEventStream): on disk, deduplicating by message id
    await manager.streams.add({
      name: BARE_STREAM,
      subjects: [BARE_SUBJECTS],
      storage: StorageType.File,
      num_replicas: 1,
    });
  } finally {
    await connection.close();
  }
}
