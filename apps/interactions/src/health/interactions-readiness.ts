import type { INestMicroservice } from '@nestjs/common';
import { ConnectionHealth, type NatsConnection, type ReadinessCheck } from '@switchboard/bus';
import { NATS_CONNECTION, TENANT_SERVER } from '../infrastructure/tokens.js';
import type { TenantOwnedNatsServer } from '../ownership/tenant-owned-server.js';

/**
 * What a started interactions service needs to serve: both its NATS connections up — the transport's, which takes
 * the requests, and the event store's, which writes what they do. Holding no tenant is no reason: in a cluster a
 * started instance may stand by for others' tenants.
 */
export function interactionsReadiness(app: INestMicroservice): Record<string, ReadinessCheck> {
  const transport = new ConnectionHealth(
    app.get<symbol, TenantOwnedNatsServer>(TENANT_SERVER).unwrap<NatsConnection>(),
  );
  const eventStore = new ConnectionHealth(app.get<symbol, NatsConnection>(NATS_CONNECTION));
  return {
    nats: () => {
      const down = [
        ...(transport.isConnected() ? [] : ['requests']),
        ...(eventStore.isConnected() ? [] : ['event store']),
      ];
      return down.length === 0 ? undefined : `not connected to NATS (${down.join(', ')})`;
    },
  };
}
