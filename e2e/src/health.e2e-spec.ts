// Health the way orchestrators read it (issue 14). /livez: the process is up. /readyz: it can serve — 200, or 503
// with a JSON body naming what is not ready. /health: /readyz under its old name. The gateway is ready when NATS is
// connected, an interactions service answers for every tenant and its notifier is ready; the notifier (on its HTTP
// port) and the interactions service (on HEALTH_PORT, which the launcher sets) answer their own.
import { describe, expect, it } from '@jest/globals';
import { environmentOf, pollUntil } from '@switchboard/testing';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 90_000;
/** A stalled app is noticed within a bus timeout (5 s); one resumed is serving again within its lease's takeover. */
const NOTICED_WITHIN_MS = 20_000;
const RECOVERED_WITHIN_MS = 40_000;

const suite = usePlatform();

interface Probe {
  status: number;
  body: { status?: string; notReady?: string[]; checks?: Record<string, string> };
}

async function probe(url: string): Promise<Probe> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Probe['body'] };
}

/** Runs `during` with the app's process stopped (SIGSTOP), then resumes it and waits until the gateway is ready again. */
async function whileStalled(app: 'interactions' | 'notifier', during: () => Promise<void>): Promise<void> {
  const pid = await suite.platform.pidOf(app);
  process.kill(pid, 'SIGSTOP');
  try {
    await during();
  } finally {
    process.kill(pid, 'SIGCONT');
  }
  await pollUntil(async () => ((await probe(`${suite.platform.baseUrl}/readyz`)).status === 200 ? true : undefined), {
    timeoutMs: RECOVERED_WITHIN_MS,
    intervalMs: 250,
    what: `the gateway to be ready again after ${app} resumed`,
  });
}

async function notReadyFor(what: string): Promise<Probe> {
  return pollUntil(
    async () => {
      const answer = await probe(`${suite.platform.baseUrl}/readyz`);
      return answer.status === 503 ? answer : undefined;
    },
    { timeoutMs: NOTICED_WITHIN_MS, intervalMs: 250, what: `the gateway's /readyz to answer 503 for ${what}` },
  );
}

describe('health endpoints', () => {
  it(
    'the gateway is live, and ready with NATS, the interactions service and the notifier ok; /health answers the same',
    async () => {
      const live = await probe(`${suite.platform.baseUrl}/livez`);
      expect(live).toEqual({ status: 200, body: { status: 'ok' } });
      const ready = await probe(`${suite.platform.baseUrl}/readyz`);
      expect(ready).toEqual({
        status: 200,
        body: { status: 'ok', notReady: [], checks: { nats: 'ok', interactions: 'ok', notifier: 'ok' } },
      });
      expect(await probe(`${suite.platform.baseUrl}/health`)).toEqual(ready);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'the notifier and the interactions service answer their own /livez and /readyz',
    async () => {
      const notifierPort = (await environmentOf(await suite.platform.pidOf('notifier'))).NOTIFIER_PORT;
      const interactionsPort = (await environmentOf(await suite.platform.pidOf('interactions'))).HEALTH_PORT;
      expect(interactionsPort).toBeDefined();
      for (const [base, checks] of [
        [`http://127.0.0.1:${String(notifierPort)}`, { nats: 'ok', registration: 'ok' }],
        [`http://127.0.0.1:${String(interactionsPort)}`, { started: 'ok', nats: 'ok' }],
      ] as const) {
        expect(await probe(`${base}/livez`)).toEqual({ status: 200, body: { status: 'ok' } });
        expect(await probe(`${base}/readyz`)).toEqual({ status: 200, body: { status: 'ok', notReady: [], checks } });
        expect((await probe(`${base}/health`)).status).toBe(200);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'an interactions service that does not answer makes the gateway not ready, naming it, while it stays live',
    async () => {
      await whileStalled('interactions', async () => {
        const answer = await notReadyFor('the stalled interactions service');
        expect(answer.body.status).toBe('unavailable');
        expect(answer.body.notReady).toEqual(['interactions']);
        expect(answer.body.checks).toMatchObject({ nats: 'ok', notifier: 'ok' });
        expect(answer.body.checks?.interactions).toMatch(/no interactions service is answering for tenant acme, demo/);
        expect((await probe(`${suite.platform.baseUrl}/livez`)).status).toBe(200);
        expect((await probe(`${suite.platform.baseUrl}/health`)).status).toBe(503);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a notifier that does not answer makes the gateway not ready, naming it',
    async () => {
      await whileStalled('notifier', async () => {
        const answer = await notReadyFor('the stalled notifier');
        expect(answer.body.notReady).toEqual(['notifier']);
        expect(answer.body.checks).toMatchObject({ nats: 'ok', interactions: 'ok' });
        expect(answer.body.checks?.notifier).toMatch(/notifier at http:\/\/127\.0\.0\.1:\d+ is not answering/);
      });
    },
    TEST_TIMEOUT_MS,
  );
});
