// A notifier started where an older version ran: the JetStream consumers that version left behind are brought
// up to date — its fan-out durable, which held every notification for 30 s after a crash, is deleted, and the
// callbacks' durable takes the short ack wait (a durable consumer's settings are otherwise fixed at creation).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AckPolicy, DeliverPolicy, jetstreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { connectBus, DEFAULT_ACK_WAIT_MS, EventStore, type NatsConnection } from '@switchboard/bus';
import { EVENTS_STREAM, EVENTS_SUBJECTS } from '@switchboard/contracts';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { startNotifier, type RunningNotifier } from '../testing/start-notifier.js';

const SIGNING_KEY = 'integration-test-signing-key-0123456789';

describe('a notifier started over an older version’s consumers', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let notifier: RunningNotifier | undefined;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'consumer-upgrade-test');
  });

  afterAll(async () => {
    await notifier?.app.close();
    await connection.close();
    await nats.dispose();
  });

  it('deletes the old fan-out durable and gives the callbacks durable its short ack wait', async () => {
    await EventStore.open(connection);
    const manager = await jetstreamManager(connection);
    const old = { ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, filter_subject: EVENTS_SUBJECTS };
    await manager.consumers.add(EVENTS_STREAM, {
      ...old,
      durable_name: 'notifier',
      ack_wait: nanos(30_000),
      max_ack_pending: 1,
    });
    await manager.consumers.add(EVENTS_STREAM, {
      ...old,
      durable_name: 'callbacks',
      ack_wait: nanos(6 * 60_000),
      max_ack_pending: 256,
    });

    notifier = await startNotifier(nats.url, SIGNING_KEY);

    await expect(manager.consumers.info(EVENTS_STREAM, 'notifier')).rejects.toThrow();
    const { config } = await manager.consumers.info(EVENTS_STREAM, 'callbacks');
    expect({ ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending }).toEqual({
      ack_wait: nanos(DEFAULT_ACK_WAIT_MS),
      max_ack_pending: 256,
    });
  }, 30_000);
});
