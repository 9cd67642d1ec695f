import { describe, expect, it } from '@jest/globals';
import { busConnectionOptions } from './nats-connection.js';

describe('busConnectionOptions', () => {
  it('turns off async stack traces, which cost an Error built per request and per publish', () => {
    expect(busConnectionOptions('nats://127.0.0.1:4222', 'gateway')).toMatchObject({ noAsyncTraces: true });
  });

  it('names the connection and reconnects for ever', () => {
    expect(busConnectionOptions('nats://127.0.0.1:4222', 'gateway')).toMatchObject({
      servers: ['nats://127.0.0.1:4222'],
      name: 'gateway',
      maxReconnectAttempts: -1,
    });
  });

  it('takes every node of a cluster from a comma-separated NATS_URL', () => {
    expect(
      busConnectionOptions('nats://127.0.0.1:4222, nats://127.0.0.1:4223,nats://127.0.0.1:4224', 'gateway').servers,
    ).toEqual(['nats://127.0.0.1:4222', 'nats://127.0.0.1:4223', 'nats://127.0.0.1:4224']);
  });
});
