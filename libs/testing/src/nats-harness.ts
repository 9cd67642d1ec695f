import { startNatsServer, type RunningNatsServer } from '@switchboard/nats-server';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface NatsHarness extends RunningNatsServer {
  /** Stops the server and deletes its storage. */
  dispose(): Promise<void>;
}

/**
 * A real nats-server with JetStream for one test suite: its own free port and its own storage directory;
 * `maxPayloadBytes` sets its max_payload (NATS's default is 1 MB).
 */
export async function startTestNats(options: { maxPayloadBytes?: number } = {}): Promise<NatsHarness> {
  const storeDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-nats-'));
  const server = await startNatsServer({ storeDir, ...options });
  return {
    ...server,
    async dispose() {
      await server.stop();
      await rm(storeDir, { recursive: true, force: true });
    },
  };
}
