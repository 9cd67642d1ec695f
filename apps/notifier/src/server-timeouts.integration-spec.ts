import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { COMETD_PATH } from '@switchboard/contracts';
import { RawConnection, startTestNats, type NatsHarness } from '@switchboard/testing';
import { startNotifier, type RunningNotifier } from './testing/start-notifier.js';

const SIGNING_KEY = 'integration-test-signing-key-0123456789';
const HEADERS_TIMEOUT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 2_000;
/** Node checks the headers and request limits once a second; the rest is room for a loaded machine. */
const MARGIN_MS = 1_000 + 4_000;

// The notifier holds a connection per connected desktop: it closes slow and idle ones as the gateway does (the
// long poll and the event stream that must survive them are tested end to end, through both servers).
describe('the notifier’s limits on slow and idle clients', () => {
  let nats: NatsHarness;
  let notifier: RunningNotifier;
  const opened: RawConnection[] = [];

  beforeAll(async () => {
    nats = await startTestNats();
    notifier = await startNotifier(nats.url, SIGNING_KEY, {
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    });
  }, 30_000); // a nats-server and the whole notifier start here: more than jest's 5 s on a loaded machine

  afterEach(() => {
    for (const connection of opened.splice(0)) connection.destroy();
  });

  afterAll(async () => {
    await notifier.app.close();
    await nats.dispose();
  });

  const open = async (): Promise<RawConnection> => {
    const connection = await RawConnection.open(notifier.url);
    opened.push(connection);
    return connection;
  };

  it('closes a connection that sends nothing once the headers limit has passed', async () => {
    await (await open()).closedWithin(HEADERS_TIMEOUT_MS + MARGIN_MS);
  }, 30_000);

  it('answers 408 and closes a connection that sends its headers a byte at a time', async () => {
    const connection = await open();
    void connection.dribble(
      `POST ${COMETD_PATH} HTTP/1.1\r\nHost: localhost\r\nX-Slow: ${'x'.repeat(200)}\r\n\r\n`,
      100,
    );
    await connection.closedWithin(HEADERS_TIMEOUT_MS + MARGIN_MS);
    expect(connection.received).toMatch(/^HTTP\/1\.1 408 /);
  }, 30_000);

  it('answers 408 and closes a connection that sends its body a byte at a time', async () => {
    const connection = await open();
    const body = JSON.stringify([{ channel: '/meta/handshake', version: '1.0', ext: { padding: 'x'.repeat(150) } }]);
    connection.write(
      `POST ${COMETD_PATH} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    void connection.dribble(body, 100);
    await connection.closedWithin(REQUEST_TIMEOUT_MS + MARGIN_MS);
    expect(connection.received).toMatch(/^HTTP\/1\.1 408 /);
  }, 30_000);
});
