// Work that must run on one instance at a time (the notifiers' provider callbacks), on a real nats-server 2.9: two
// contenders share a key; one runs the work, the other takes it over when the first stops or loses its lease.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Kvm } from '@nats-io/kv';
import { createLogger } from '@switchboard/logging';
import { pollUntil, startTestNats, type NatsHarness } from '@switchboard/testing';
import { connectBus, type NatsConnection } from './nats-connection.js';
import { SingleActive } from './single-active.js';
import { LeaseBucket } from './tenant-leases.js';

const TTL_MS = 1_500;
const BUCKET = 'TEST_SINGLE_ACTIVE';
const logger = createLogger({ service: 'test', level: 'silent' });

/** Work that records when it runs. */
class RecordedWork {
  readonly steps: string[] = [];
  running = false;
  constructor(private readonly name: string) {}
  start = (): Promise<void> => {
    this.running = true;
    this.steps.push(`${this.name} started`);
    return Promise.resolve();
  };
  stop = (): Promise<void> => {
    this.running = false;
    this.steps.push(`${this.name} stopped`);
    return Promise.resolve();
  };
}

describe('SingleActive on a real JetStream KV lease', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let bucket: LeaseBucket;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'single-active-test');
    bucket = await LeaseBucket.open(connection, { bucket: BUCKET, ttlMs: TTL_MS });
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it('runs the work on one contender; the other takes it over at once when the first stops, and after the ttl when its lease is lost', async () => {
    const [first, second] = [new RecordedWork('first'), new RecordedWork('second')];
    const one = new SingleActive(bucket, 'work', 'one', first, logger);
    const two = new SingleActive(bucket, 'work', 'two', second, logger);
    await one.begin();
    await two.begin();
    expect([one.active, two.active, first.running, second.running]).toEqual([true, false, true, false]);

    await one.end(); // hands the lease back
    await pollUntil(() => (second.running ? true : undefined), {
      timeoutMs: TTL_MS,
      intervalMs: 20,
      what: 'the second to take the work over',
    });
    expect(first.steps).toEqual(['first started', 'first stopped']);

    // someone else's write over the key (a holder that outlived its lease): the second finds it lost at its next renew
    await (await new Kvm(connection).open(BUCKET)).put('work', 'intruder');
    await pollUntil(() => (second.running ? undefined : true), {
      timeoutMs: 2 * TTL_MS,
      intervalMs: 20,
      what: 'the second to stop',
    });
    expect(two.active).toBe(false);
    // the intruder never renews: once its write expires, the second takes the work back
    await pollUntil(() => (second.running ? true : undefined), {
      timeoutMs: 3 * TTL_MS,
      intervalMs: 50,
      what: 'the second to run the work again',
    });
    expect(second.steps).toEqual(['second started', 'second stopped', 'second started']);
    await two.end();
    expect(second.running).toBe(false);
  }, 30_000);
});
