import { afterAll, beforeAll } from '@jest/globals';
import type { INestMicroservice } from '@nestjs/common';
import { BusClient, connectBus, EventStore, type NatsConnection } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import type { DomainEvent } from '@switchboard/contracts';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { demoTenantConfig } from './demo-tenant.js';
import { startInteractionsService } from './start-service.js';

export interface InteractionsServiceSuite {
  readonly bus: BusClient;
  /** The running service, to read what only its memory shows (e.g. whether a tenant was rebuilt). */
  readonly app: INestMicroservice;
  readonly connection: NatsConnection;
  /** Every event in the log, oldest first. */
  log(): Promise<DomainEvent[]>;
  /** Stops the service, runs `between` (if any), and starts a new one on the same NATS: state comes back from the log. */
  restart(between?: () => void): Promise<void>;
}

/**
 * For an integration suite: a real nats-server of its own, the interactions service on it (for `tenant`, read
 * when the suite starts), and a bus client; all stopped after the suite.
 */
export function useInteractionsService(
  tenant: () => TenantConfig = () => demoTenantConfig,
  natsOptions: { maxPayloadBytes?: number } = {},
): InteractionsServiceSuite {
  let nats: NatsHarness | undefined;
  let connection: NatsConnection | undefined;
  let bus: BusClient | undefined;
  let service: INestMicroservice | undefined;
  let config: TenantConfig = demoTenantConfig;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the interactions service did not start');
    return value;
  };

  beforeAll(async () => {
    config = tenant();
    nats = await startTestNats(natsOptions);
    connection = await connectBus(nats.url, 'interactions-test-client');
    bus = new BusClient(connection, undefined, 2_000);
    service = await startInteractionsService(nats.url, config);
  });

  afterAll(async () => {
    await service?.close();
    await connection?.close();
    await nats?.dispose();
  });

  return {
    get bus() {
      return started(bus);
    },
    get app() {
      return started(service);
    },
    get connection() {
      return started(connection);
    },
    async log() {
      const events: DomainEvent[] = [];
      await (await EventStore.open(started(connection))).replay((event) => events.push(event));
      return events;
    },
    async restart(between) {
      await service?.close();
      between?.();
      service = await startInteractionsService(started(nats).url, config);
    },
  };
}
