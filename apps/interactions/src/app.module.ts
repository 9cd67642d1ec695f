import {
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Registry } from 'prom-client';
import {
  AgentCredentials,
  closeBus,
  connectBus,
  EventLogAdmin,
  EventStore,
  MAX_EVENT_BYTES,
  SnapshotStore,
  type NatsConnection,
} from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { BusValidator } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { CommandProcessor } from './command-processor.js';
import { systemClock } from './domain/clock.js';
import { InteractionsBus } from './handlers/interactions-bus.js';
import { DataConnector } from './infrastructure/data-connector.js';
import {
  AGENT_CREDENTIALS,
  CLOCK,
  ENV,
  EVENT_LOG_ADMIN,
  EVENT_STORE,
  LOGGER,
  METRICS,
  NATS_CONNECTION,
  SNAPSHOT_STORE,
  TENANT_CONFIGS,
  TENANT_SERVER,
} from './infrastructure/tokens.js';
import type { InteractionsEnv } from './interactions.env.js';
import { ContactCenterMetrics } from './metrics/contact-center-metrics.js';
import { TenantOwnedNatsServer } from './ownership/tenant-owned-server.js';
import { TenantOwnership } from './ownership/tenant-ownership.js';
import { PlanCalls } from './plan-calls.js';
import { EventRetention } from './snapshots/event-retention.js';
import { LogMaintenance } from './snapshots/log-maintenance.js';
import { TenantSnapshots } from './snapshots/tenant-snapshots.js';
import { TenantRegistry } from './tenant-registry.js';

/**
 * Starts the log's housekeeping; on shutdown, lets it and any snapshot being taken finish, then closes the bus. The
 * tenants themselves are restored by TenantOwnership as their leases are taken.
 */
class Lifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly snapshots: TenantSnapshots,
    private readonly maintenance: LogMaintenance,
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
  ) {}

  onApplicationBootstrap(): void {
    this.maintenance.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.maintenance.idle();
    await this.snapshots.settled();
    await closeBus(this.connection);
  }
}

@Module({})
export class AppModule {
  static register(
    env: InteractionsEnv,
    logger: Logger,
    tenants: TenantConfig[],
    server: TenantOwnedNatsServer,
    metrics: Registry,
  ): DynamicModule {
    return {
      module: AppModule,
      providers: [
        { provide: ENV, useValue: env },
        { provide: LOGGER, useValue: logger },
        { provide: TENANT_CONFIGS, useValue: tenants },
        { provide: CLOCK, useValue: systemClock },
        { provide: TENANT_SERVER, useValue: server },
        { provide: METRICS, useValue: metrics },
        { provide: BusValidator, useValue: new BusValidator() },
        { provide: NATS_CONNECTION, useFactory: () => connectBus(env.NATS_URL, 'interactions-event-store') },
        {
          provide: EVENT_STORE,
          inject: [NATS_CONNECTION],
          useFactory: async (connection: NatsConnection) => {
            const store = await EventStore.open(
              connection,
              env.INSTANCE_ID === undefined ? {} : { writer: env.INSTANCE_ID },
            );
            // events up to MAX_EVENT_BYTES are legal (README, Limits): a smaller server refuses some of them
            if (store.eventLimit() < MAX_EVENT_BYTES) {
              logger.warn(
                {
                  maxPayload: connection.info?.max_payload,
                  eventLimit: store.eventLimit(),
                  documentedLimit: MAX_EVENT_BYTES,
                },
                'the NATS max_payload is below what an event may take: larger events will be refused; run NATS with max_payload of 1 MB or more',
              );
            }
            return store;
          },
        },
        {
          provide: AGENT_CREDENTIALS,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => AgentCredentials.open(connection),
        },
        {
          provide: SNAPSHOT_STORE,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => SnapshotStore.open(connection),
        },
        {
          provide: EVENT_LOG_ADMIN,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => EventLogAdmin.open(connection),
        },
        TenantRegistry,
        ContactCenterMetrics,
        CommandProcessor,
        InteractionsBus,
        TenantSnapshots,
        EventRetention,
        LogMaintenance,
        DataConnector,
        PlanCalls,
        TenantOwnership,
        Lifecycle,
      ],
    };
  }
}
