import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TokenSigner } from '@switchboard/auth';
import { connectBus, EventStore, type NatsConnection } from '@switchboard/bus';
import {
  ICWS_MESSAGES_PATH,
  icwsDocument,
  IDENTITY_HEADER,
  OpenApiValidator,
  requestSubject,
  type DomainEvent,
} from '@switchboard/contracts';
import { pollUntil, ServerSentEventReader, startTestNats, type NatsHarness } from '@switchboard/testing';
import { startNotifier, type RunningNotifier } from '../testing/start-notifier.js';
import { IcwsMessaging } from './icws-messaging.js';

const SIGNING_KEY = 'integration-test-signing-key-0123456789';
const QUEUE_LIMIT = 3;
const messagesResponse = new OpenApiValidator(icwsDocument, 'icws').response(
  'get',
  '/icws/{sessionId}/messaging/messages',
  200,
);
const agent = { tenant: 'demo', agentId: '5464', username: 'AgentUsername' };

const event = <T extends DomainEvent['type']>(type: T, data: Extract<DomainEvent, { type: T }>['data']): DomainEvent =>
  ({ id: randomUUID(), type, tenant: 'demo', occurredAt: new Date().toISOString(), data }) as DomainEvent;

/** A snapshot (the interaction in `added`) or a delta (its state `changed`) of the subscription `my-queue`. */
const contents = (sessionId: string, isDelta: boolean, state: string): DomainEvent => {
  const entries = [{ interactionId: '100000001', attributes: { Eic_State: state } }];
  const listed = isDelta ? { changed: entries } : { added: entries };
  return event('session.queue-contents', { sessionId, subscriptionId: 'my-queue', isDelta, ...listed });
};
const delta = (state: string) => ({
  __type: 'urn:inin.com:queues:queueContentsMessage',
  isDelta: true,
  subscriptionId: 'my-queue',
  interactionsChanged: [{ interactionId: '100000001', attributes: { Eic_State: state } }],
});

describe('ICWS messages through the notifier, from events on a real JetStream', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;
  let store: EventStore;
  let notifier: RunningNotifier;
  const signer = new TokenSigner(SIGNING_KEY);
  /** Sessions the notifier asked the (stand-in) interactions service to resync, which answers with a fresh snapshot. */
  const resyncs: string[] = [];

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'icws-messages-test');
    store = await EventStore.open(connection);
    connection.subscribe(requestSubject('sessionResync', 'demo'), {
      callback: (_error, message) => {
        const { sessionId } = message.json<{ sessionId: string }>();
        void store.append([contents(sessionId, false, 'C')]).then(() => {
          resyncs.push(sessionId);
          message.respond(JSON.stringify({ ok: true }));
        });
      },
    });
    notifier = await startNotifier(nats.url, SIGNING_KEY, {
      ICWS_MESSAGE_QUEUE_LIMIT: String(QUEUE_LIMIT),
      ICWS_SSE_KEEPALIVE_MS: '100',
    });
  }, 30_000); // a nats-server and the whole notifier start here: more than jest's 5 s on a loaded machine

  afterAll(async () => {
    await notifier.app.close();
    await connection.close();
    await nats.dispose();
  });

  const identity = (sessionId: string): Promise<string> => signer.sign('icws-messaging', { ...agent, sessionId }, 60);
  const poll = async (sessionId: string): Promise<unknown[]> => {
    const response = await fetch(`${notifier.url}${ICWS_MESSAGES_PATH}`, {
      headers: { [IDENTITY_HEADER]: await identity(sessionId), accept: 'application/vnd.inin.icws+json' },
      signal: AbortSignal.timeout(5_000),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.inin.icws+json;charset=utf-8');
    const messages = (await response.json()) as unknown[];
    expect(messagesResponse?.(messages)).toBe(true);
    return messages;
  };
  /** Polls until `count` messages came, in as many polls as it takes. */
  const pollFor = async (sessionId: string, count: number): Promise<unknown[]> => {
    const received: unknown[] = [];
    return pollUntil(
      async () => {
        received.push(...(await poll(sessionId)));
        return received.length >= count ? received : undefined;
      },
      { what: `${count} messages for ${sessionId}` },
    );
  };
  const openStream = async (sessionId: string, abort = new AbortController()) => {
    const response = await fetch(`${notifier.url}${ICWS_MESSAGES_PATH}`, {
      headers: { [IDENTITY_HEADER]: await identity(sessionId), accept: 'text/event-stream' },
      signal: AbortSignal.any([abort.signal, AbortSignal.timeout(10_000)]),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    if (!response.body) throw new Error('no stream');
    return new ServerSentEventReader(response.body);
  };
  const queues = () => notifier.app.get(IcwsMessaging).queues;

  it('refuses a read without the gateway’s identity, or with one signed for something else: 401', async () => {
    const without = await fetch(`${notifier.url}${ICWS_MESSAGES_PATH}`, { signal: AbortSignal.timeout(5_000) });
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('ICWS realm="ICWS" location="/ICWS/connection"');
    expect(await without.json()).toMatchObject({
      __type: 'urn:inin.com:common:error',
      errorId: 'error.request.session.invalid',
    });
    const otherPurpose = await signer.sign('notifier-identity', agent, 60);
    const wrong = await fetch(`${notifier.url}${ICWS_MESSAGES_PATH}`, {
      headers: { [IDENTITY_HEADER]: otherPurpose, accept: 'text/event-stream' },
      signal: AbortSignal.timeout(5_000),
    });
    expect(wrong.status).toBe(401);
  });

  it('answers a short poll at once, [] when nothing waits, then the snapshot and deltas in order, each once', async () => {
    const sessionId = `poll-${randomUUID()}`;
    expect(await poll(sessionId)).toEqual([]); // a session it did not know: it asks for a resync, which comes as a snapshot
    await pollUntil(() => (resyncs.includes(sessionId) ? true : undefined), { what: 'the resync request' });
    await store.append([contents(sessionId, true, 'H'), contents(sessionId, true, 'C')]);
    expect(await pollFor(sessionId, 3)).toEqual([
      {
        __type: 'urn:inin.com:queues:queueContentsMessage',
        isDelta: false,
        subscriptionId: 'my-queue',
        interactionsAdded: [{ interactionId: '100000001', attributes: { Eic_State: 'C' } }],
      },
      delta('H'),
      delta('C'),
    ]);
    expect(await poll(sessionId)).toEqual([]);
  });

  it('recovers a client that stopped reading: past the limit nothing is kept, and its next read brings a fresh snapshot', async () => {
    const sessionId = `slow-${randomUUID()}`;
    const updates = Array.from({ length: QUEUE_LIMIT }, (_, n) => contents(sessionId, true, n % 2 === 0 ? 'H' : 'C'));
    await store.append([contents(sessionId, false, 'C'), ...updates]);
    await pollUntil(() => (queues().waitingCount({ tenant: 'demo', sessionId }) === 0 ? true : undefined), {
      what: 'the overflow',
    });
    expect(resyncs).not.toContain(sessionId);
    expect(await poll(sessionId)).toEqual([]);
    await pollUntil(() => (resyncs.includes(sessionId) ? true : undefined), { what: 'the resync request' });
    expect(await pollFor(sessionId, 1)).toEqual([
      expect.objectContaining({ isDelta: false, subscriptionId: 'my-queue' }),
    ]);
  });

  it('streams server-sent events: what waits first, then each message as it comes, kept alive; a closed session ends it', async () => {
    const sessionId = `stream-${randomUUID()}`;
    const snapshot = contents(sessionId, false, 'C');
    await store.append([snapshot]);
    await pollUntil(() => (queues().waitingCount({ tenant: 'demo', sessionId }) === 1 ? true : undefined), {
      what: 'the snapshot',
    });
    const stream = await openStream(sessionId);
    const first = await stream.nextEvent();
    expect(first).toEqual({
      id: expect.stringMatching(/^[0-9a-f]+-1$/),
      message: expect.objectContaining({ isDelta: false }),
    });

    await store.append([contents(sessionId, true, 'H')]);
    const next = await stream.nextEvent();
    // the session's next message, under the same queue's next id
    const queueTag = first === 'end' ? undefined : first.id?.split('-')[0];
    expect(next).toEqual({ id: `${String(queueTag)}-2`, message: delta('H') });
    expect(messagesResponse?.([next !== 'end' && next.message])).toBe(true);
    expect(
      await pollUntil(
        async () => {
          const block = await stream.next();
          return block !== 'end' && 'comment' in block ? block.comment : undefined;
        },
        { what: 'a keep-alive' },
      ),
    ).toBe('keep-alive');

    await store.append([event('session.closed', { sessionId })]);
    expect(await stream.nextEvent()).toEqual({
      message: expect.objectContaining({
        __type: 'urn:inin.com:connection:connectionStateChangeMessage',
        newConnectionState: 2,
      }),
    });
    expect(await stream.nextEvent()).toBe('end');
    expect(queues().waitingCount({ tenant: 'demo', sessionId })).toBeUndefined();
  });

  it('detaches a stream whose client went away: later messages wait for the next read, which also resyncs', async () => {
    const sessionId = `gone-${randomUUID()}`;
    await store.append([contents(sessionId, false, 'C')]);
    const abort = new AbortController();
    const stream = await openStream(sessionId, abort);
    expect(await stream.nextEvent()).toMatchObject({ message: { isDelta: false } });
    abort.abort();
    await stream.cancel().catch(() => undefined);
    await pollUntil(() => (queues().isStreaming({ tenant: 'demo', sessionId }) ? undefined : true), {
      what: 'the stream detached',
    });
    const held = contents(sessionId, true, 'H');
    await store.append([held]);
    // What waited, then (the stream having ended) a fresh snapshot, in case the stream's last messages died with it.
    const [first, resynced] = await pollFor(sessionId, 2);
    expect(first).toEqual(delta('H'));
    expect(resynced).toMatchObject({ isDelta: false, subscriptionId: 'my-queue' });
  });
});
