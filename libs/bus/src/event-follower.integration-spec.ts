import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@switchboard/contracts';
import { createLogger } from '@switchboard/logging';
import { findNatsServerBinary, startNatsServer, waitForPort, type RunningNatsServer } from '@switchboard/nats-server';
import { pollUntil } from '@switchboard/testing';
import { EventFollower, lastEventSequence, readEventsThrough } from './event-follower.js';
import { EventStore } from './event-store.js';
import { connectBus, type NatsConnection } from './nats-connection.js';

const logger = createLogger({ service: 'test', level: 'silent' });
const providerEvent = (id: string, name: string): DomainEvent => ({
  id,
  type: 'provider.removed',
  tenant: 'demo',
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: { name },
});
const agentEvent = (id: string): DomainEvent => ({
  id,
  type: 'agent.state-changed',
  tenant: 'demo',
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: { change: 'login', agent: { id: '1', username: 'ann', loggedIn: true, ready: false } },
});

/** SIGKILLs a server process and resolves once it is gone. */
async function killed(server: ChildProcess): Promise<void> {
  server.kill('SIGKILL');
  await pollUntil(() => (server.exitCode !== null || server.signalCode !== null ? true : undefined), {
    what: 'NATS to die',
  });
}

describe('EventFollower and readEventsThrough on a real JetStream', () => {
  let storeDir: string;
  let nats: RunningNatsServer;
  let connection: NatsConnection;

  beforeAll(async () => {
    storeDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-follower-'));
    nats = await startNatsServer({ storeDir });
    connection = await connectBus(nats.url, 'follower-test');
  });

  afterAll(async () => {
    await connection.close();
    await nats.stop();
    await rm(storeDir, { recursive: true, force: true });
  });

  it('reads what is stored up to a sequence, then follows from the next one — across a restart of NATS', async () => {
    expect(await lastEventSequence(connection)).toBe(0);
    const store = await EventStore.open(connection);
    // one record of each kind: the providers' (first, as the first event is one) and the other facts'
    await store.append([providerEvent('p1', 'A'), agentEvent('a1'), providerEvent('p2', 'B')]);
    const through = await lastEventSequence(connection);
    expect(through).toBe(2);
    await store.append([providerEvent('p3', 'C')]);

    const replayed: [string, number][] = [];
    await readEventsThrough(
      connection,
      through,
      (event, seq) => replayed.push([event.id, seq]),
      logger,
      'sb.v1.evt.*.log.providers',
    );
    expect(replayed).toEqual([
      ['p1', 1],
      ['p2', 1],
    ]);

    const followed: [string, number][] = [];
    const follower = new EventFollower(connection, logger);
    await follower.start(through + 1, (event, seq) => followed.push([event.id, seq]));
    await pollUntil(() => (followed.length === 1 ? true : undefined), { what: 'the event after the replay' });
    expect(followed).toEqual([['p3', 3]]);

    // NATS dies and comes back on the same port with the same storage: the follower goes on where it was.
    const { port } = nats;
    await killed(nats.process);
    nats = await startNatsServer({ storeDir, port });
    await pollUntil(
      async () => {
        await store.append([agentEvent('after-restart')]);
        return true;
      },
      { timeoutMs: 20_000, intervalMs: 250, what: 'an append after NATS came back' },
    );
    await pollUntil(() => (followed.some(([id]) => id === 'after-restart') ? true : undefined), {
      timeoutMs: 20_000,
      what: 'the follower to deliver an event appended after the restart',
    });

    // Again, but the restarted server first comes up without JetStream (as one still recovering its streams does):
    // the follower's check of its consumer fails, and it must try again soon, not after nats.js's default 30 s.
    await killed(nats.process);
    const bare = spawn(findNatsServerBinary(), ['-a', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    await waitForPort(port, 10_000);
    await pollUntil(() => connection.flush().then(() => true), {
      timeoutMs: 20_000,
      what: 'the client to reconnect to the bare server',
    });
    await expect(lastEventSequence(connection)).rejects.toThrow(); // no JetStream here: the follower's check failed too
    await killed(bare);
    nats = await startNatsServer({ storeDir, port });
    await pollUntil(
      async () => {
        await store.append([agentEvent('after-jetstream-came-back')]);
        return true;
      },
      { timeoutMs: 20_000, intervalMs: 250, what: 'an append once JetStream is back' },
    );
    await pollUntil(() => (followed.some(([id]) => id === 'after-jetstream-came-back') ? true : undefined), {
      timeoutMs: 10_000,
      what: 'the follower to deliver again within seconds of JetStream coming back',
    });

    await follower.stop();
    expect(followed.map(([id]) => id).filter((id, index, all) => all.indexOf(id) === index)).toEqual([
      'p3',
      'after-restart',
      'after-jetstream-came-back',
    ]);
    // in stream order, each once
    expect(followed.map(([, seq]) => seq)).toEqual([...new Set(followed.map(([, seq]) => seq))].sort((a, b) => a - b));
  }, 60_000);
});
