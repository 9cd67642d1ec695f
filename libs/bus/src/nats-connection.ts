import { connect, type NatsConnection } from '@nats-io/transport-node';

/** A connection that keeps reconnecting for ever: a service outlives a NATS restart rather than dying with it. */
export function connectBus(url: string, name: string): Promise<NatsConnection> {
  return connect({ servers: url, name, maxReconnectAttempts: -1, reconnectTimeWait: 250, waitOnFirstConnect: true });
}

export type { NatsConnection };
