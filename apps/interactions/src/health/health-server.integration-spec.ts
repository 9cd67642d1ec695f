import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Counter, Registry } from 'prom-client';
import { HealthServer } from './health-server.js';

describe('HealthServer', () => {
  let server: HealthServer;
  let metrics: Registry;
  beforeEach(async () => {
    metrics = new Registry();
    server = await HealthServer.listen(0, '127.0.0.1', metrics);
  });
  afterEach(async () => {
    await server.close();
  });

  const get = async (path: string): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`http://127.0.0.1:${String(server.port)}${path}`);
    return { status: response.status, body: await response.json() };
  };

  it('is live but not ready while the service starts', async () => {
    expect(await get('/livez')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        notReady: ['started'],
        checks: { started: 'starting: connecting to NATS and restoring its tenants' },
      },
    });
  });

  it('answers what the checks say once started, on /readyz and /health alike', async () => {
    let connected = false;
    server.readyWhen({ nats: () => (connected ? undefined : 'not connected to NATS (requests)') });
    expect(await get('/readyz')).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        notReady: ['nats'],
        checks: { started: 'ok', nats: 'not connected to NATS (requests)' },
      },
    });
    connected = true;
    const ready = { status: 200, body: { status: 'ok', notReady: [], checks: { started: 'ok', nats: 'ok' } } };
    expect(await get('/readyz')).toEqual(ready);
    expect(await get('/health')).toEqual(ready);
  });

  it('serves its registry at /metrics in Prometheus text format', async () => {
    new Counter({ name: 'switchboard_test_total', help: 'A test counter.', registers: [metrics] }).inc(3);
    const response = await fetch(`http://127.0.0.1:${String(server.port)}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(metrics.contentType);
    expect(await response.text()).toContain('# TYPE switchboard_test_total counter\nswitchboard_test_total 3\n');
  });

  it('answers 404 to anything else', async () => {
    expect((await get('/metricz')).status).toBe(404);
  });
});
