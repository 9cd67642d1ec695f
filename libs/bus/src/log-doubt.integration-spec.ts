// A record whose confirmation is lost may be stored all the same: the stream's leader took it, then the answer never
// came (the server paused, a node died after its quorum stored it). Reproduced for real: the nats-server is paused
// (SIGSTOP) past the publish's timeout, and stores the record once it resumes. The writer must go on after its own
// record — not take it for another instance's claim and give the tenant up — and still be fenced by anyone else's.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { tenantEventSubjects, type DomainEvent } from '@switchboard/contracts';
import { pollUntil, startTestNats, type NatsHarness } from '@switchboard/testing';
import { EventStore } from './event-store.js';
import { TenantFencedError } from './log-fence.js';
import { connectBus, type NatsConnection } from './nats-connection.js';

/** Short enough for the test, long past a publish's round trip on loopback. */
const PUBLISH_TIMEOUT_MS = 300;

const readyEvent = (id: string, tenant: string): DomainEvent => ({
  id,
  type: 'agent.state-changed',
  tenant,
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: { change: 'ready', agent: { id: '1', username: 'ann', loggedIn: true, ready: true } },
});

describe('EventStore after a record it sent was not confirmed', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeEach(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'log-doubt-test');
  });

  afterEach(async () => {
    await connection.close();
    await nats.dispose();
  });

  /** Appends with the server paused until the append has failed; the server then resumes and handles what it was sent. */
  async function appendWhilePaused(store: EventStore, event: DomainEvent): Promise<unknown> {
    const pid = nats.process.pid ?? 0;
    process.kill(pid, 'SIGSTOP');
    try {
      // a signal is delivered asynchronously: the append must not reach a server still running
      await pollUntil(
        async () =>
          (await readFile(`/proc/${String(pid)}/stat`, 'utf8')).split(') ')[1]?.startsWith('T') === true
            ? true
            : undefined,
        {
          what: 'the nats-server to be stopped',
        },
      );
      return await store.append([event]).then(
        () => 'stored',
        (error: unknown) => error,
      );
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  }

  const replayed = async (store: EventStore, tenant: string): Promise<string[]> => {
    const ids: string[] = [];
    await store.replay((event) => ids.push(event.id), tenantEventSubjects(tenant));
    return ids;
  };

  it('goes on after its own record that was stored after all: the next record is refused once (memory may not hold it), then they follow it', async () => {
    const store = await EventStore.open(connection, { writer: 'solo', publishTimeoutMs: PUBLISH_TIMEOUT_MS });
    await store.claim('t');
    await store.append([readyEvent('e-1', 't')]);

    const failure = await appendWhilePaused(store, readyEvent('e-2', 't'));
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(TenantFencedError);
    // the resumed server stored the record whose confirmation timed out
    await pollUntil(async () => ((await replayed(store, 't')).includes('e-2') ? true : undefined), {
      what: 'the unconfirmed record to be in the log',
    });

    // the record after it is refused once, not fenced: what was decided may not have known e-2 (its tenant is read
    // again first); the one after that is stored after e-2
    const refused = await store.append([readyEvent('e-3', 't')]).then(
      () => 'stored',
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(Error);
    expect(refused).not.toBeInstanceOf(TenantFencedError);
    await store.append([readyEvent('e-4', 't')]);
    expect(await replayed(store, 't')).toEqual(['e-1', 'e-2', 'e-4']);
    expect(store.holds('t')).toBe(true);
  });

  it('takes a record of its own that landed after it looked (a late publish) for a reason to read again, not for a claim', async () => {
    const store = await EventStore.open(connection, { writer: 'solo' });
    await store.claim('t');
    await store.append([readyEvent('l-1', 't')]);
    // the late record: sent by this writer before, stored only now (another EventStore under the same name sends it)
    const late = await EventStore.open(connection, { writer: 'solo' });
    await late.append([readyEvent('l-2', 't')]);

    const refused = await store.append([readyEvent('l-3', 't')]).then(
      () => 'stored',
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(Error);
    expect(refused).not.toBeInstanceOf(TenantFencedError);
    await store.append([readyEvent('l-4', 't')]);
    expect(await replayed(store, 't')).toEqual(['l-1', 'l-2', 'l-4']);
  });

  it('is fenced when another writer claimed the tenant after the record that was not confirmed', async () => {
    const store = await EventStore.open(connection, { writer: 'old', publishTimeoutMs: PUBLISH_TIMEOUT_MS });
    const next = await EventStore.open(connection, { writer: 'new' });
    await store.claim('t');
    await appendWhilePaused(store, readyEvent('o-1', 't'));
    await next.claim('t');

    // it has not heard yet (its fence is its last write), but the log says so: nothing of it is stored elsewhere now
    expect(store.holds('t')).toBe(true);
    expect(await store.stillHolds('t')).toBe(false);
    await expect(store.append([readyEvent('o-2', 't')])).rejects.toBeInstanceOf(TenantFencedError);
    await next.append([readyEvent('n-1', 't')]);
    expect((await replayed(next, 't')).filter((id) => id !== 'o-1')).toEqual(['n-1']);
  });
});
