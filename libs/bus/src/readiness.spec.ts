import { describe, expect, it } from '@jest/globals';
import { checkReadiness, natsConnected } from './readiness.js';

describe('checkReadiness', () => {
  it('is 200 with every check ok when all pass', async () => {
    expect(await checkReadiness({ nats: () => undefined, registration: () => Promise.resolve(undefined) })).toEqual({
      statusCode: 200,
      body: { status: 'ok', notReady: [], checks: { nats: 'ok', registration: 'ok' } },
    });
  });

  it('is 503 naming each check that is not ready, with why, and the others ok', async () => {
    expect(
      await checkReadiness({
        nats: natsConnected({ isConnected: () => false }),
        interactions: () => Promise.resolve('no interactions service is answering for tenant demo'),
        notifier: () => undefined,
      }),
    ).toEqual({
      statusCode: 503,
      body: {
        status: 'unavailable',
        notReady: ['nats', 'interactions'],
        checks: {
          nats: 'not connected to NATS',
          interactions: 'no interactions service is answering for tenant demo',
          notifier: 'ok',
        },
      },
    });
  });

  it('counts a check that throws as not ready, with its message', async () => {
    const readiness = await checkReadiness({
      started: () => {
        throw new Error('still restoring its tenants');
      },
      nats: async () => Promise.reject(new Error('CONNECTION_REFUSED')),
    });
    expect(readiness.statusCode).toBe(503);
    expect(readiness.body.checks).toEqual({ started: 'still restoring its tenants', nats: 'CONNECTION_REFUSED' });
  });

  it('runs the checks at once, so a slow one does not delay the others', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const readiness = checkReadiness({
      slow: async () => {
        await slow;
        order.push('slow');
        return undefined;
      },
      quick: () => {
        order.push('quick');
        release();
        return undefined;
      },
    });
    expect((await readiness).statusCode).toBe(200);
    expect(order).toEqual(['quick', 'slow']);
  });
});
