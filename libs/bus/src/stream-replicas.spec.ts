import { describe, expect, it } from '@jest/globals';
import type { NatsConnection } from '@nats-io/transport-node';
import { streamReplicas } from './stream-replicas.js';

/** What streamReplicas reads of a connection: the INFO of the server it is connected to. */
const connectedTo = (cluster?: string): NatsConnection =>
  ({ info: cluster === undefined ? {} : { cluster } }) as unknown as NatsConnection;

describe('streamReplicas', () => {
  it('keeps one copy on a single server and three on a cluster, when NATS_REPLICAS says nothing', () => {
    expect(streamReplicas(connectedTo(), {})).toBe(1);
    expect(streamReplicas(connectedTo('switchboard'), {})).toBe(3);
    expect(streamReplicas(connectedTo('switchboard'), { NATS_REPLICAS: ' ' })).toBe(3);
  });

  it('takes NATS_REPLICAS over what the server says', () => {
    expect(streamReplicas(connectedTo('switchboard'), { NATS_REPLICAS: '1' })).toBe(1);
    expect(streamReplicas(connectedTo(), { NATS_REPLICAS: '5' })).toBe(5);
  });

  it('refuses a count JetStream would not take, naming the variable', () => {
    for (const value of ['2', '0', '7', 'three', '3.0x']) {
      expect(() => streamReplicas(connectedTo(), { NATS_REPLICAS: value })).toThrow(
        /NATS_REPLICAS must be one of 1, 3, 5/,
      );
    }
  });
});
