// Request logs and ids (issue 14): the gateway logs one line per request and answers the id it went by in
// X-Request-Id (the client's, when acceptable, or a new one); the bus requests it causes carry the id, and the
// interactions service and the notifier stamp the lines they write for them with it.
import { describe, expect, it } from '@jest/globals';
import { pollUntil } from '@switchboard/testing';
import { DEMO_ADMIN, DEMO_PASSWORD, INVOKE_PATH, VCC_ACCEPT } from './support/contract-http.js';
import { usePlatform } from './support/platform-suite.js';
import { seedExample } from './support/seed-examples.js';

const TEST_TIMEOUT_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// info: the level the request lines and the services' command lines are written at (the e2e default is warn)
const suite = usePlatform(() => ({ LOG_LEVEL: 'info' }));

type LogLine = Record<string, unknown>;

/** Every JSON line the platform's processes wrote so far. */
function logLines(): LogLine[] {
  return suite.platform
    .output()
    .split('\n')
    .flatMap((line): LogLine[] => {
      try {
        const parsed: unknown = JSON.parse(line);
        return parsed !== null && typeof parsed === 'object' ? [parsed as LogLine] : [];
      } catch {
        return [];
      }
    });
}

/** The lines a service wrote for a request, once there is one that `matches`. */
function linesOf(service: string, requestId: string, matches: (line: LogLine) => boolean): Promise<LogLine[]> {
  return pollUntil(
    () => {
      const lines = logLines().filter((line) => line.service === service && line.requestId === requestId);
      return lines.some(matches) ? lines : undefined;
    },
    { what: `${service}'s line for request ${requestId}` },
  );
}

const isRequestLine = (line: LogLine): boolean => line.msg === 'request';

async function invoke(headers: Record<string, string>): Promise<Response> {
  const token = await suite.http.accessToken();
  return fetch(`${suite.platform.baseUrl}${INVOKE_PATH}`, {
    method: 'POST',
    headers: { accept: VCC_ACCEPT, 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(seedExample('routingNonLive')),
  });
}

describe('request ids', () => {
  it(
    'echoes a client X-Request-Id, logs the request under it, and the interactions service logs the command it caused under it too',
    async () => {
      const requestId = `abc-${String(Date.now())}`;
      const response = await invoke({ 'x-request-id': requestId });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe(requestId);

      const gateway = await linesOf('gateway', requestId, isRequestLine);
      expect(gateway.filter(isRequestLine)).toEqual([
        expect.objectContaining({
          level: 30,
          method: 'POST',
          route: INVOKE_PATH,
          status: 200,
          durationMs: expect.any(Number),
          tenant: 'demo',
          clientId: 'demo-integration',
        }),
      ]);
      const interactions = await linesOf('interactions', requestId, (line) => line.channel === 'interactionInvoke');
      expect(interactions).toContainEqual(
        expect.objectContaining({ msg: 'bus request answered', tenant: 'demo', outcome: 'ok' }),
      );
      // the bearer token is in no line of any process
      expect(suite.platform.output()).not.toContain(await suite.http.accessToken());
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'gives a request without one a new id, answered and logged, and never logs the credentials an agent signs in with',
    async () => {
      const basic = Buffer.from(`AgentUsername:${DEMO_PASSWORD}`).toString('base64');
      const response = await fetch(`${suite.platform.baseUrl}/api/v2/me`, {
        method: 'POST',
        headers: { authorization: `Basic ${basic}`, 'content-type': 'application/json' },
        body: JSON.stringify({ operationName: 'Ready' }),
      });
      expect(response.status).toBe(200);
      const requestId = response.headers.get('x-request-id') ?? '';
      expect(requestId).toMatch(UUID);

      const gateway = await linesOf('gateway', requestId, isRequestLine);
      expect(gateway.filter(isRequestLine)).toEqual([
        expect.objectContaining({
          method: 'POST',
          route: '/api/v2/me',
          status: 200,
          tenant: 'demo',
          agentId: expect.any(String),
        }),
      ]);
      const interactions = await linesOf('interactions', requestId, (line) => line.channel === 'agentChangeState');
      expect(interactions.length).toBeGreaterThan(0);
      const output = suite.platform.output();
      expect(output).not.toContain(basic);
      expect(output).not.toContain(DEMO_PASSWORD);
      const cookie = response.headers.get('set-cookie')?.split(';')[0]?.split('=')[1];
      if (cookie !== undefined) expect(output).not.toContain(cookie);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'replaces a hostile X-Request-Id (huge, or with control characters) instead of echoing or logging it',
    async () => {
      for (const hostile of [`abc${'x'.repeat(4_000)}`, 'abc\tinjected: 1', 'abc def"}']) {
        const response = await invoke({ 'x-request-id': hostile });
        expect(response.status).toBe(200);
        const requestId = response.headers.get('x-request-id') ?? '';
        expect(requestId).toMatch(UUID);
        await linesOf('gateway', requestId, isRequestLine);
        expect(logLines().filter((line) => line.requestId === hostile)).toEqual([]);
        expect(suite.platform.output()).not.toContain(hostile);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "carries the id to the notifier: an admin's re-drive is logged there under it",
    async () => {
      const token = await suite.http.tokenFor(DEMO_ADMIN);
      const requestId = `redrive-${String(Date.now())}`;
      const response = await fetch(`${suite.platform.baseUrl}/admin/callbacks/dead-letters/no-such-letter/redrive`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-request-id': requestId },
      });
      expect(response.status).toBe(404);
      expect(response.headers.get('x-request-id')).toBe(requestId);
      const notifier = await linesOf('notifier', requestId, (line) => line.channel === 'callbackRedrive');
      expect(notifier).toContainEqual(
        expect.objectContaining({ msg: 'bus request answered', outcome: 'dead_letter_not_found' }),
      );
      const gateway = await linesOf('gateway', requestId, isRequestLine);
      expect(gateway.filter(isRequestLine)).toEqual([
        expect.objectContaining({
          route: '/admin/callbacks/dead-letters/:notificationid/redrive',
          status: 404,
          tenant: 'demo',
          clientId: 'demo-admin',
        }),
      ]);
    },
    TEST_TIMEOUT_MS,
  );
});
