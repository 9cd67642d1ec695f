import { afterAll, beforeAll } from '@jest/globals';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { INestMicroservice } from '@nestjs/common';
import { BusClient, connectBus, EventStore, parseDomainEvent, type NatsConnection } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { BusValidator, DERIVED_STREAM, type DomainEvent } from '@switchboard/contracts';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import type { InteractionsEnv } from '../interactions.env.js';
import { demoTenantConfig } from './demo-tenant.js';
import { startInteractionsService } from './start-service.js';

export interface InteractionsServiceSuite {
  readonly bus: BusClient;
  /** The running service, to read what only its memory shows (e.g. whether a tenant was rebuilt). */
  readonly app: INestMicroservice;
  readonly connection: NatsConnection;
  /** Every event in the log, oldest first. */
  log(): Promise<DomainEvent[]>;
  /** Every message the service derived for one reader (SB_DERIVED: ICWS queue contents…), oldest first. */
  derived(): Promise<DomainEvent[]>;
  /** Empties SB_DERIVED, as if its messages had aged out. */
  purgeDerived(): Promise<void>;
  /** Stops the service, runs `between` (if any), and starts a new one on the same NATS: state comes back from the log. */
  restart(between?: () => void | Promise<void>): Promise<void>;
}

/**
 * For an integration suite: a real nats-server of its own, the interactions service on it (for `tenant`, read
 * when the suite starts), and a bus client; all stopped after the suite.
 */
export function useInteractionsService(
  tenant: () => TenantConfig = () => demoTenantConfig,
  natsOptions: { maxPayloadBytes?: number } = {},
  env: Partial<InteractionsEnv> = {},
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
    service = await startInteractionsService(nats.url, config, env);
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
    async derived() {
      return readDerived(started(connection));
    },
    async purgeDerived() {
      await (await jetstreamManager(started(connection))).streams.purge(DERIVED_STREAM);
    },
    async restart(between) {
      await service?.close();
      await between?.();
      service = await startInteractionsService(started(nats).url, config, env);
    },
  };
}

/** Everything SB_DERIVED holds, oldest first (the service created the stream at its start). */
async function readDerived(connection: NatsConnection): Promise<DomainEvent[]> {
  const consumer = await jetstream(connection).consumers.get(DERIVED_STREAM);
  if ((await consumer.info()).num_pending === 0) return [];
  const validator = new BusValidator();
  const events: DomainEvent[] = [];
  const messages = await consumer.consume();
  try {
    for await (const message of messages) {
      const event = parseDomainEvent(message.data, validator);
      if (typeof event === 'string')
        throw new Error(`SB_DERIVED holds a message the contract does not describe: ${event}`);
      events.push(event);
      if (message.info.pending === 0) break;
    }
  } finally {
    await messages.close();
  }
  return events;
}
