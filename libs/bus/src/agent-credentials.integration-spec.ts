import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pollUntil, startTestNats, type NatsHarness } from '@switchboard/testing';
import { AgentCredentials, type AgentCredentialChange } from './agent-credentials.js';
import { connectBus, type NatsConnection } from './nats-connection.js';

/** The bucket through which every gateway learns of agents configured live (docs/runtime-configuration.md). */
describe('the agent credentials bucket', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'agent-credentials-test');
  }, 30_000);

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  const credential = (username: string, id: string) => ({
    tenant: 'demo',
    id,
    username,
    passwordHash: `scrypt$${id}`,
    role: 'agent' as const,
  });

  it('gives a watcher what is there before it resolves, then every change; a late watcher sees removals too', async () => {
    const writer = await AgentCredentials.open(connection);
    await writer.put(credential('Bea Smith@example', '7001'));
    await writer.put(credential('dan', '7002'));

    const seen: AgentCredentialChange[] = [];
    const watch = await (await AgentCredentials.open(connection)).watch((change) => seen.push(change));
    // resolved only once the bucket's contents were delivered
    expect(seen).toEqual([
      { kind: 'configured', credential: credential('Bea Smith@example', '7001') },
      { kind: 'configured', credential: credential('dan', '7002') },
    ]);

    await writer.remove('DAN');
    await writer.put({ ...credential('Bea Smith@example', '7001'), role: 'supervisor' });
    await pollUntil(() => (seen.length === 4 ? true : undefined), { timeoutMs: 5_000, what: 'two changes' });
    expect(seen.slice(2)).toEqual([
      { kind: 'removed', username: 'dan' },
      { kind: 'configured', credential: { ...credential('Bea Smith@example', '7001'), role: 'supervisor' } },
    ]);
    watch.stop();

    const late: AgentCredentialChange[] = [];
    const lateWatch = await (await AgentCredentials.open(connection)).watch((change) => late.push(change));
    expect(late).toEqual(
      expect.arrayContaining([
        { kind: 'removed', username: 'dan' },
        { kind: 'configured', credential: { ...credential('Bea Smith@example', '7001'), role: 'supervisor' } },
      ]),
    );
    lateWatch.stop();
  });
});
