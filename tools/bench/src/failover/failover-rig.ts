import { Kvm, type KV } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { reapOnExit, removeOnExit } from '../processes/process-reaper.js';
import { FailoverInstance } from './failover-instance.js';

/** The bucket of apps/interactions' tenant leases (libs/bus LEASES_BUCKET): key = tenant, value = holder's INSTANCE_ID. */
const LEASES_BUCKET = 'SB_LEASES';

/**
 * A nats-server of its own (fresh storage) and interactions instances by name, one restartable process each: the
 * instances the benchmark stops and starts again, and where to read who holds a tenant.
 */
export class FailoverRig {
  private readonly instances = new Map<string, FailoverInstance>();
  private leases: KV | undefined;

  private constructor(
    private readonly nats: NatsHarness,
    readonly client: NatsConnection,
    private readonly configDir: string,
    readonly leaseTtlSeconds: number,
  ) {}

  static async start(configDir: string, leaseTtlSeconds: number): Promise<FailoverRig> {
    const nats = await startTestNats();
    reapOnExit(nats.process);
    removeOnExit(nats.storeDir);
    try {
      const client = await connect({ servers: nats.url, name: 'bench-failover', noAsyncTraces: true });
      return new FailoverRig(nats, client, configDir, leaseTtlSeconds);
    } catch (error) {
      await nats.dispose();
      throw error;
    }
  }

  /** Starts (or starts again, under the same name) the instance `instanceId`; resolves once it is ready. */
  async run(instanceId: string): Promise<FailoverInstance> {
    const previous = this.instances.get(instanceId);
    if (previous?.running)
      throw new Error(`interactions ${instanceId} still runs: two processes must not share a name`);
    const instance = FailoverInstance.start({
      natsUrl: this.nats.url,
      configDir: this.configDir,
      instanceId,
      leaseTtlSeconds: this.leaseTtlSeconds,
    });
    this.instances.set(instanceId, instance);
    await this.alive(instance.ready);
    return instance;
  }

  instance(instanceId: string): FailoverInstance {
    const instance = this.instances.get(instanceId);
    if (!instance) throw new Error(`no interactions instance named ${instanceId}`);
    return instance;
  }

  /** Every running instance but `instanceId`. */
  others(instanceId: string): FailoverInstance[] {
    return [...this.instances.values()].filter((instance) => instance.instanceId !== instanceId && instance.running);
  }

  /** The name in the tenant's lease, or undefined while nobody holds it. */
  async holderOf(tenant: string): Promise<string | undefined> {
    this.leases ??= await new Kvm(this.client).open(LEASES_BUCKET);
    const entry = await this.leases.get(tenant);
    return entry?.operation === 'PUT' ? entry.string() : undefined;
  }

  /** `work`, ended at once with the instance's output when a running instance exits without being stopped. */
  alive<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, ...[...this.instances.values()].map((instance) => instance.died)]);
  }

  /** Stops every instance (SIGTERM), then the client and nats-server. */
  async stop(): Promise<void> {
    await Promise.all([...this.instances.values()].map((instance) => instance.stopWith('SIGTERM')));
    await this.client.close();
    await this.nats.dispose();
  }
}
