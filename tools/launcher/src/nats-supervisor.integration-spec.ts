import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createLogger } from '@switchboard/logging';
import { isAlive, pollUntil } from '@switchboard/testing';
import { NatsSupervisor } from './nats-supervisor.js';

const logger = createLogger({ service: 'test', level: 'silent' });

describe('NatsSupervisor', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-launcher-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('restarts a killed nats-server on the same port with the same storage, records its pid, and stops it for good', async () => {
    const runDir = path.join(dataDir, 'run');
    const pidFile = path.join(runDir, 'nats-server.pid');
    const supervisor = await NatsSupervisor.start(path.join(dataDir, 'nats'), runDir, logger);
    const connection = await connect({ servers: supervisor.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    try {
      const manager = await jetstreamManager(connection);
      await manager.streams.add({ name: 'KEEP', subjects: ['keep.>'] });
      await jetstream(connection).publish('keep.one', 'stored before the crash');

      const first = Number((await readFile(pidFile, 'utf8')).trim());
      process.kill(first, 'SIGKILL');
      const second = await pollUntil(
        async () => {
          const pid = Number((await readFile(pidFile, 'utf8')).trim());
          // pid 0 would be kill(0, 0): the test's own process group, always "alive"
          return pid > 0 && pid !== first && isAlive(pid) ? pid : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 50, what: 'a new pid in the pid file' },
      );
      expect(second).not.toBe(first);

      // the same URL reaches it again, and what was stored is still there
      const stored = await pollUntil(
        async () =>
          (await jetstreamManager(connection)).streams.getMessage('KEEP', { seq: 1 }).then((m) => m?.string()),
        { timeoutMs: 20_000, intervalMs: 100, what: 'the stored message after the restart' },
      );
      expect(stored).toBe('stored before the crash');

      await supervisor.stop();
      expect(isAlive(second)).toBe(false);
      await expect(readFile(pidFile, 'utf8')).rejects.toThrow();
    } finally {
      await connection.close();
      await supervisor.stop();
    }
  }, 60_000);
});
