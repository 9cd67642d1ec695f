// The gateway's limits on slow and idle clients, on a platform started with short ones: a connection that sends
// nothing, sends its headers or its body a byte at a time, or idles after its answer is closed within its limit,
// while a CometD long poll held longer than the request limit, and an ICWS event stream kept open longer than
// every limit, are not cut. The long poll and the stream pass through the notifier's server too, with the same limits.
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from '@jest/globals';
import { RawConnection, ServerSentEventReader } from '@switchboard/testing';
import { DEMO_PASSWORD } from './support/contract-http.js';
import { IcwsSession } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const LIMITS = {
  HTTP_HEADERS_TIMEOUT_MS: 1_000,
  HTTP_REQUEST_TIMEOUT_MS: 2_000,
  HTTP_KEEP_ALIVE_TIMEOUT_MS: 2_000,
  // A long poll is held twice as long as a request may take to arrive.
  COMETD_TIMEOUT_MS: 4_000,
  // The notifier requires the idle limit to exceed the long poll and the keep-alive interval by 10 s.
  HTTP_IDLE_TIMEOUT_MS: 14_000,
  ICWS_SSE_KEEPALIVE_MS: 2_000,
};
/** Node checks the headers and request limits once a second; the rest is room for a loaded machine. */
const MARGIN_MS = 1_000 + 4_000;
/** A byte every this many ms: each request below would take far longer than its limit to arrive. */
const DRIBBLE_MS = 100;

const suite = usePlatform(() =>
  Object.fromEntries(Object.entries(LIMITS).map(([name, value]) => [name, String(value)])),
);

const opened: RawConnection[] = [];
async function open(): Promise<RawConnection> {
  const connection = await RawConnection.open(suite.platform.baseUrl);
  opened.push(connection);
  return connection;
}
afterEach(() => {
  for (const connection of opened.splice(0)) connection.destroy();
});

const BASIC = `Basic ${Buffer.from(`AgentUsername:${DEMO_PASSWORD}`).toString('base64')}`;

/** One CometD exchange through the gateway, as a long-polling client sends it. */
async function bayeux(
  message: Record<string, unknown>,
  cookie = '',
): Promise<{ reply: Record<string, unknown>; cookie: string }> {
  const response = await fetch(`${suite.platform.baseUrl}/api/v2/notifications`, {
    method: 'POST',
    headers: { authorization: BASIC, 'content-type': 'application/json', ...(cookie === '' ? {} : { cookie }) },
    body: JSON.stringify([message]),
  });
  expect(response.status).toBe(200);
  const [reply] = (await response.json()) as Record<string, unknown>[];
  const browser = response.headers
    .getSetCookie()
    .map((set) => set.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('BAYEUX_BROWSER='));
  return { reply: reply ?? {}, cookie: browser ?? cookie };
}

describe('slow and idle clients', () => {
  it('closes a connection that sends nothing once the headers limit has passed', async () => {
    const connection = await open();
    await connection.closedWithin(LIMITS.HTTP_HEADERS_TIMEOUT_MS + MARGIN_MS);
  }, 30_000);

  it('answers 408 and closes a connection that sends its headers a byte at a time', async () => {
    const connection = await open();
    void connection.dribble(
      `GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ${'x'.repeat(200)}\r\n\r\n`,
      DRIBBLE_MS,
    );
    await connection.closedWithin(LIMITS.HTTP_HEADERS_TIMEOUT_MS + MARGIN_MS);
    expect(connection.received).toMatch(/^HTTP\/1\.1 408 /);
  }, 30_000);

  it('answers 408 and closes a connection that sends its body a byte at a time', async () => {
    const connection = await open();
    const body = JSON.stringify({ requests: [{ route: 'CrmCallRouting', externalid: 'x'.repeat(150) }] });
    connection.write(
      `POST /interactions/Invoke HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    void connection.dribble(body, DRIBBLE_MS);
    await connection.closedWithin(LIMITS.HTTP_REQUEST_TIMEOUT_MS + MARGIN_MS);
    expect(connection.received).toMatch(/^HTTP\/1\.1 408 /);
  }, 30_000);

  it('closes a kept-alive connection that stays idle after its answer', async () => {
    const connection = await open();
    connection.write('GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    // Node keeps an idle connection a second beyond the keep-alive it announces.
    await connection.closedWithin(LIMITS.HTTP_KEEP_ALIVE_TIMEOUT_MS + 1_000 + MARGIN_MS);
    expect(connection.received).toMatch(/^HTTP\/1\.1 200 /);
  }, 30_000);
});

describe('long-lived requests', () => {
  it('answers a CometD long poll held longer than a request may take to arrive', async () => {
    const handshake = await bayeux({
      channel: '/meta/handshake',
      version: '1.0',
      supportedConnectionTypes: ['long-polling'],
    });
    expect(handshake.reply).toMatchObject({ successful: true });
    const { clientId } = handshake.reply;
    const connect = { channel: '/meta/connect', clientId, connectionType: 'long-polling' };
    expect((await bayeux(connect, handshake.cookie)).reply).toMatchObject({ successful: true }); // the first answers at once
    const began = performance.now();
    const held = await bayeux(connect, handshake.cookie);
    expect(held.reply).toMatchObject({ successful: true });
    expect(performance.now() - began).toBeGreaterThan(LIMITS.HTTP_REQUEST_TIMEOUT_MS + 1_000);
    await bayeux({ channel: '/meta/disconnect', clientId }, handshake.cookie);
  }, 30_000);

  it('keeps an ICWS event stream open longer than every limit', async () => {
    const session = await IcwsSession.open(suite.platform.baseUrl, 'AgentUsername');
    const response = await fetch(`${suite.platform.baseUrl}/icws/${session.sessionId}/messaging/messages`, {
      headers: { accept: 'text/event-stream', cookie: session.cookie, 'ININ-ICWS-CSRF-Token': session.csrfToken },
    });
    expect(response.status).toBe(200);
    if (!response.body) throw new Error('the event stream has no body');
    const events = new ServerSentEventReader(response.body);
    const until = performance.now() + LIMITS.HTTP_IDLE_TIMEOUT_MS + 2_000;
    let keepAlives = 0;
    while (performance.now() < until) {
      const block = await events.next();
      if (block === 'end') throw new Error(`the event stream ended after ${keepAlives} keep-alives`);
      if ('comment' in block) keepAlives += 1;
    }
    await events.cancel();
    expect(keepAlives).toBeGreaterThan(LIMITS.HTTP_IDLE_TIMEOUT_MS / LIMITS.ICWS_SSE_KEEPALIVE_MS - 2);
    await session.end();
  }, 40_000);
});
