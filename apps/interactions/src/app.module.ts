import { Inject, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { closeBus, connectBus, EventLogAdmin, EventStore, MAX_EVENT_BYTES, SnapshotStore, type NatsConnection } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { BusValidator } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { CommandProcessor } from './command-processor.js';
import { DataConnector } from './infrastructure/data-connector.js';
import { PlanCalls } from './plan-calls.js';
import { systemClock } from './domain/clock.js';
import { AgentHandlers } from './handlers/agent.handlers.js';
import { IcwsHandlers } from './handlers/icws.handlers.js';
import { InteractionHandlers } from './handlers/interaction.handlers.js';
import { ProviderHandlers } from './handlers/provider.handlers.js';
import { SessionHandlers } from './handlers/session.handlers.js';
import { CLOCK, ENV, EVENT_LOG_ADMIN, EVENT_STORE, LOGGER, NATS_CONNECTION, SNAPSHOT_STORE, TENANT_CONFIGS } from './infrastructure/tokens.js';
import { EventRetention } from './snapshots/event-retention.js';
import { LogMaintenance } from './snapshots/log-maintenance.js';
import { TenantSnapshots } from './snapshots/tenant-snapshots.js';
import type { InteractionsEnv } from './interactions.env.js';
import { TenantRegistry } from './tenant-registry.js';

/**
 * Restores state from snapshots and the log, and catches routing up, before the service takes its first command;
 * then starts the log's housekeeping.
 */
class Lifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly registry: TenantRegistry,
    private readonly processor: CommandProcessor,
    private readonly snapshots: TenantSnapshots,
    private readonly maintenance: LogMaintenance,
    @Inject(EVENT_LOG_ADMIN) private readonly log: EventLogAdmin,
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.registry.restore();
    this.processor.noteRestoredPosition((await this.log.extent()).lastSeq);
    this.snapshots.loadRestored();
    await this.processor.routeAll();
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
  static register(env: InteractionsEnv, logger: Logger, tenants: TenantConfig[]): DynamicModule {
    return {
      module: AppModule,
      controllers: [InteractionHandlers, AgentHandlers, ProviderHandlers, IcwsHandlers, SessionHandlers],
      providers: [
        { provide: ENV, useValue: env },
        { provide: LOGGER, useValue: logger },
        { provide: TENANT_CONFIGS, useValue: tenants },
        { provide: CLOCK, useValue: systemClock },
        { provide: BusValidator, useValue: new BusValidator() },
        { provide: NATS_CONNECTION, useFactory: () => connectBus(env.NATS_URL, 'interactions-event-store') },
        {
          provide: EVENT_STORE,
          inject: [NATS_CONNECTION],
          useFactory: async (connection: NatsConnection) => {
            const store = await EventStore.open(connection);
            // events up to MAX_EVENT_BYTES are legal (README, Limits): a smaller server refuses some of them
            if (store.eventLimit() < MAX_EVENT_BYTES) {
              logger.warn(
                { maxPayload: connection.info?.max_payload, eventLimit: store.eventLimit(), documentedLimit: MAX_EVENT_BYTES },
                'the NATS max_payload is below what an event may take: larger events will be refused; run NATS with max_payload of 1 MB or more',
              );
            }
            return store;
          },
        },
        { provide: SNAPSHOT_STORE, inject: [NATS_CONNECTION], useFactory: (connection: NatsConnection) => SnapshotStore.open(connection) },
        { provide: EVENT_LOG_ADMIN, inject: [NATS_CONNECTION], useFactory: (connection: NatsConnection) => EventLogAdmin.open(connection) },
        TenantRegistry,
        CommandProcessor,
        TenantSnapshots,
        EventRetention,
        LogMaintenance,
        DataConnector,
        PlanCalls,
        Lifecycle,
      ],
    };
  }
}
