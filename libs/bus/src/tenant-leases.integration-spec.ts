// Tenant leases on a real nats-server 2.9 (a single server, then a 3-node cluster). The ttl is short (1.5 s) so that
// expiry, the subject of several tests, takes seconds; everything else waits on conditions.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import {
  pollUntil,
  startTestNats,
  startTestNatsCluster,
  type NatsClusterHarness,
  type NatsHarness,
} from '@switchboard/testing';
import { connectBus, type NatsConnection } from './nats-connection.js';
import { LeaseBucket, LeaseBucketTtlMismatchError, LeaseKeeper, LEASES_BUCKET, type Lease } from './tenant-leases.js';

const TTL_MS = 1_500;
/** How late after a lease's ttl another contender may take it: the server's expiry check plus the polling. */
const EXPIRY_SLACK_MS = 1_500;
const TEST_TIMEOUT_MS = 30_000;

let keys = 0;
/** A tenant id no other test uses. */
const freshKey = (): string => `tenant-${String((keys += 1))}`;

/** Resolves once `condition` holds; for the tests where time passing is the subject, with its own deadline. */
const until = <T>(
  probe: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeoutMs = TTL_MS + EXPIRY_SLACK_MS,
): Promise<T> => pollUntil(probe, { timeoutMs, intervalMs: 20, what });

/** The lease `owner` took on `key`; fails the test when it could not. */
async function acquired(bucket: LeaseBucket, key: string, owner: string): Promise<Lease> {
  const lease = await bucket.tryAcquire(key, owner);
  if (lease === undefined) throw new Error(`${owner} could not acquire ${key}`);
  return lease;
}

/**
 * Lets a lease lapse (no renew) and polls the other contender until it takes the key. Checks it could not before the
 * holder's validUntil, and returns how long after the holder's last successful write that was.
 */
async function expiryToAcquire(
  held: Lease,
  lastWriteAt: number,
  other: LeaseBucket,
): Promise<{ taken: Lease; afterMs: number }> {
  const taken = await until(() => other.tryAcquire(held.key, 'other'), `${held.key} to become acquirable`);
  const takenAt = other.now();
  expect(takenAt).toBeGreaterThan(held.validUntil);
  return { taken, afterMs: takenAt - lastWriteAt };
}

/**
 * Waits for the keeper to renew `lease` `times` times (its revision moving, every ttl / 3), and after each renew checks
 * that `other` cannot take the key: time passing is the subject, and the renewals are the clock, not a sleep.
 */
async function outlastRenewals(lease: Lease, other: LeaseBucket, times: number): Promise<void> {
  let revision = lease.revision;
  for (let renewed = 0; renewed < times; renewed += 1) {
    revision = await until(
      () => (lease.revision > revision ? lease.revision : undefined),
      `renewal ${String(renewed + 1)} of ${lease.key}`,
    );
    expect(await other.tryAcquire(lease.key, 'other')).toBeUndefined();
  }
}

describe('tenant leases on one nats-server', () => {
  let nats: NatsHarness;
  /** Two interactions instances, each with its own connection. */
  let connectionA: NatsConnection;
  let connectionB: NatsConnection;
  let a: LeaseBucket;
  let b: LeaseBucket;

  beforeAll(async () => {
    nats = await startTestNats();
    connectionA = await connectBus(nats.url, 'lease-a');
    connectionB = await connectBus(nats.url, 'lease-b');
    a = await LeaseBucket.open(connectionA, { ttlMs: TTL_MS });
    b = await LeaseBucket.open(connectionB, { ttlMs: TTL_MS });
  });

  afterAll(async () => {
    await connectionA.close();
    await connectionB.close();
    await nats.dispose();
  });

  it('creates the bucket with history 1 and the ttl as max_age, and refuses to open it with another ttl', async () => {
    const info = await (await jetstreamManager(connectionA)).streams.info(`KV_${LEASES_BUCKET}`);
    expect(info.config.max_msgs_per_subject).toBe(1);
    expect(info.config.max_age).toBe(TTL_MS * 1_000_000);
    await expect(LeaseBucket.open(connectionA, { ttlMs: TTL_MS * 2 })).rejects.toBeInstanceOf(
      LeaseBucketTtlMismatchError,
    );
  });

  it('lets only one of two contenders acquire a key', async () => {
    const key = freshKey();
    const [leaseA, leaseB] = await Promise.all([a.tryAcquire(key, 'a'), b.tryAcquire(key, 'b')]);
    const winners = [leaseA, leaseB].filter((lease) => lease !== undefined);
    expect(winners).toHaveLength(1);
    expect(await a.holder(key)).toEqual({ owner: winners[0]?.owner, revision: winners[0]?.revision });
    // and the loser keeps losing while the lease is live
    expect(await (leaseA === undefined ? a : b).tryAcquire(key, 'late')).toBeUndefined();
  });

  it('lets a process under the holder’s own name take the lease back at once, and no one else; lists the live keys', async () => {
    const key = freshKey();
    const first = await acquired(a, key, 'instance-1');
    // instance-1 "restarts": its new process resumes the lease its predecessor held, before the ttl runs out
    const resumed = await b.resume(key, 'instance-1');
    expect(resumed?.revision).toBeGreaterThan(first.revision);
    expect(await first.renew()).toBe(false); // the dead process's lease object is stale
    expect(await b.resume(key, 'instance-2')).toBeUndefined();
    expect(await b.tryAcquire(key, 'instance-2')).toBeUndefined();
    expect((await a.heldKeys()).has(key)).toBe(true);
    await resumed?.release();
    expect((await a.heldKeys()).has(key)).toBe(false);
  });

  it('tells which keys are free — never taken, released, expired — and not one held, read one by one or from a listing', async () => {
    const [held, released, expiring, neverTaken] = [freshKey(), freshKey(), freshKey(), freshKey()];
    const kept = new LeaseKeeper(a, { onLost: () => undefined });
    kept.hold(await acquired(a, held, 'a'));
    await (await acquired(a, released, 'a')).release();
    await acquired(a, expiring, 'a');
    const few = [held, released, neverTaken];
    expect(await b.freeAmong(few)).toEqual(new Set([released, neverTaken]));
    // more keys than are read one by one: the same answer from a listing
    const many = [...few, ...Array.from({ length: 4 }, () => freshKey())];
    expect(await b.freeAmong(many)).toEqual(new Set(many.filter((key) => key !== held)));
    // a lease nobody renews is free once the server removed it, and one renewed meanwhile is still not
    await until(
      async () => ((await b.freeAmong([held, expiring])).has(expiring) ? true : undefined),
      `${expiring} to expire`,
    );
    expect(await b.freeAmong([held, expiring])).toEqual(new Set([expiring]));
    kept.stop();
  });

  it(
    'keeps a renewed lease past 3 × ttl while the other contender keeps failing',
    async () => {
      const key = freshKey();
      const lease = await acquired(a, key, 'a');
      const lost: string[] = [];
      const keeper = new LeaseKeeper(a, { onLost: (lostKey) => lost.push(lostKey) });
      keeper.hold(lease);
      try {
        // ten renewals at ttl / 3: more than 3 × ttl of the key's life, each one past what the last write alone gave it
        await outlastRenewals(lease, b, 10);
        expect(lost).toEqual([]);
        expect(lease.valid).toBe(true);
        expect(await b.holder(key)).toEqual({ owner: 'a', revision: lease.revision });
      } finally {
        keeper.stop();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'lets the other contender acquire a lease its holder stopped renewing, within ttl + 1.5 s of the last renew',
    async () => {
      const key = freshKey();
      const lease = await acquired(a, key, 'a');
      const renewStartedAt = a.now();
      expect(await lease.renew()).toBe(true);
      const renewedAt = a.now();

      const { taken, afterMs } = await expiryToAcquire(lease, renewedAt, b);

      console.log(
        `single server, ttl ${String(TTL_MS)} ms: acquirable ${afterMs.toFixed(0)} ms after the last renew returned ` +
          `(${(afterMs + renewedAt - renewStartedAt).toFixed(0)} ms after it was sent); the new lease is valid ` +
          `${(taken.validUntil - renewedAt - afterMs).toFixed(0)} ms`,
      );
      expect(afterMs).toBeLessThanOrEqual(TTL_MS + EXPIRY_SLACK_MS);
      expect(await lease.renew()).toBe(false);
      expect(lease.state).toBe('lost');
    },
    TEST_TIMEOUT_MS,
  );

  it('joins a renew asked for while another is out, rather than lose the lease to itself', async () => {
    const lease = await acquired(a, freshKey(), 'a');
    expect(await Promise.all([lease.renew(), lease.renew()])).toEqual([true, true]);
    expect(lease.state).toBe('held');
    expect(await lease.renew()).toBe(true);
  });

  it('lets the other contender acquire at once a released lease', async () => {
    const key = freshKey();
    const lease = await acquired(a, key, 'a');
    await lease.release();
    expect(lease.state).toBe('released');
    expect(await a.holder(key)).toBeUndefined();
    const taken = await b.tryAcquire(key, 'b');
    expect(taken?.owner).toBe('b');
    // a stale release (ours is gone) leaves the new holder's lease alone
    await lease.release();
    expect(await b.holder(key)).toEqual({ owner: 'b', revision: taken?.revision });
  });

  it(
    'does not let a release delete a lease taken over since',
    async () => {
      const key = freshKey();
      const lease = await acquired(a, key, 'a');
      const { taken } = await expiryToAcquire(lease, a.now(), b);
      await lease.release();
      expect(await b.holder(key)).toEqual({ owner: 'other', revision: taken.revision });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a renew once someone else took the key after it expired',
    async () => {
      const key = freshKey();
      const lease = await acquired(a, key, 'a');
      const { taken } = await expiryToAcquire(lease, a.now(), b);
      expect(await lease.renew()).toBe(false);
      expect(lease.state).toBe('lost');
      expect(await b.holder(key)).toEqual({ owner: 'other', revision: taken.revision });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'reports a kept lease lost exactly once when its revision moved under it',
    async () => {
      const key = freshKey();
      const lease = await acquired(a, key, 'a');
      const lost: string[] = [];
      const renewEveryMs = 100;
      const keeper = new LeaseKeeper(a, { renewEveryMs, onLost: (lostKey) => lost.push(lostKey) });
      keeper.hold(lease);
      try {
        // another writer that ignores the lease protocol (an operator, a bug) overwrites the key
        const intruder = await new Kvm(connectionB).open(LEASES_BUCKET);
        await intruder.put(key, 'intruder');
        await until(() => (lost.length > 0 ? true : undefined), 'the lease to be reported lost', 2_000);
        // the keeper would have renewed several times more by now, had it kept the lease
        const end = a.now() + 5 * renewEveryMs;
        await until(() => (a.now() > end ? true : undefined), 'five more renew periods');
        expect(lost).toEqual([key]);
        expect(lease.state).toBe('lost');
        expect((await a.holder(key))?.owner).toBe('intruder');
      } finally {
        keeper.stop();
      }
    },
    TEST_TIMEOUT_MS,
  );
});

describe('a kept lease whose server goes away', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'lease-unreachable');
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it(
    'is reported lost once validUntil passes without a successful renew, not before',
    async () => {
      const bucket = await LeaseBucket.open(connection, { ttlMs: TTL_MS });
      const lease = await acquired(bucket, freshKey(), 'a');
      const lost: number[] = [];
      const keeper = new LeaseKeeper(bucket, { onLost: () => lost.push(bucket.now()) });
      keeper.hold(lease);
      try {
        await nats.stop();
        const reported = await until(() => lost[0], 'the lease to be reported lost', 2 * TTL_MS);
        expect(reported).toBeGreaterThanOrEqual(lease.validUntil);
        expect(reported - lease.validUntil).toBeLessThan(200);
        expect(lease.state).toBe('lost');
        expect(lease.valid).toBe(false);
        expect(lost).toHaveLength(1);
      } finally {
        keeper.stop();
      }
    },
    TEST_TIMEOUT_MS,
  );
});

describe('tenant leases on a 3-node cluster', () => {
  let cluster: NatsClusterHarness;
  let connectionA: NatsConnection;
  let connectionB: NatsConnection;
  let a: LeaseBucket;
  let b: LeaseBucket;

  beforeAll(async () => {
    cluster = await startTestNatsCluster();
    // each contender talks to a different node
    connectionA = await connectBus(cluster.node('n1').url, 'lease-a');
    connectionB = await connectBus(cluster.node('n2').url, 'lease-b');
    a = await LeaseBucket.open(connectionA, { ttlMs: TTL_MS });
    b = await LeaseBucket.open(connectionB, { ttlMs: TTL_MS });
  }, 60_000);

  afterAll(async () => {
    await connectionA.close();
    await connectionB.close();
    await cluster.dispose();
  });

  it('keeps the bucket in 3 copies', async () => {
    const info = await (await jetstreamManager(connectionA)).streams.info(`KV_${LEASES_BUCKET}`);
    expect(info.config.num_replicas).toBe(3);
    expect(info.cluster?.leader).toBeTruthy();
    expect(info.cluster?.replicas).toHaveLength(2);
  });

  it(
    'lets one contender hold a key while it renews, the other take it once it stops, and at once after a release',
    async () => {
      const key = freshKey();
      const [leaseA, leaseB] = await Promise.all([a.tryAcquire(key, 'a'), b.tryAcquire(key, 'b')]);
      expect([leaseA, leaseB].filter((lease) => lease !== undefined)).toHaveLength(1);
      const holder = leaseA ?? leaseB;
      if (holder === undefined) throw new Error('nobody acquired the key');
      const [holderBucket, other] = leaseA === undefined ? [b, a] : [a, b];

      const lost: string[] = [];
      const keeper = new LeaseKeeper(holderBucket, { onLost: (lostKey) => lost.push(lostKey) });
      keeper.hold(holder);
      // seven renewals at ttl / 3: more than 2 × ttl, past the first write's own life
      await outlastRenewals(holder, other, 7);
      keeper.drop(key);
      expect(lost).toEqual([]);
      expect(await holder.renew()).toBe(true);

      const { taken, afterMs } = await expiryToAcquire(holder, holderBucket.now(), other);
      console.log(
        `3-node cluster, ttl ${String(TTL_MS)} ms: acquirable ${afterMs.toFixed(0)} ms after the last renew returned`,
      );
      expect(afterMs).toBeLessThanOrEqual(TTL_MS + EXPIRY_SLACK_MS);
      expect(await holder.renew()).toBe(false);

      await taken.release();
      expect(await holderBucket.tryAcquire(key, 'again')).toBeDefined();
    },
    TEST_TIMEOUT_MS,
  );
});
