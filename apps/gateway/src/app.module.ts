import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Registry } from 'prom-client';
import { TokenSigner } from '@switchboard/auth';
import {
  AgentCredentials,
  BusClient,
  closeBus,
  connectBus,
  ConnectionHealth,
  type NatsConnection,
} from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { BusValidator } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { busRequestMetrics } from '@switchboard/metrics';
import { AgentsController } from './admin/agents.controller.js';
import { DeadLettersController } from './admin/dead-letters.controller.js';
import { ProvidersController } from './admin/providers.controller.js';
import { AgentAuthenticator } from './auth/agent-authenticator.js';
import { AuthFailures } from './auth/auth-failures.js';
import { CsrfTokens } from './auth/csrf-tokens.js';
import { SecretVerifier } from './auth/secret-verifier.js';
import { TenantDirectory } from './auth/tenant-directory.js';
import { ContractValidators } from './contract-validators.js';
import { SmsSinkController } from './demo/sms-sink.controller.js';
import { ApiExceptionFilter } from './errors/api-exception.filter.js';
import type { GatewayEnv } from './gateway.env.js';
import { InteractionsController } from './gws/interactions.controller.js';
import { MeInteractionsController } from './gws/me-interactions.controller.js';
import { MeController } from './gws/me.controller.js';
import { ReferenceIds } from './gws/reference-ids.js';
import { WorkbinsController } from './gws/workbins.controller.js';
import { HealthController } from './health/health.controller.js';
import { IcwsActionsController } from './icws/icws-actions.controller.js';
import { IcwsConnectionController } from './icws/icws-connection.controller.js';
import { IcwsInteractionsController } from './icws/icws-interactions.controller.js';
import { IcwsSessionStore } from './icws/icws-session-store.js';
import { IcwsSessions } from './icws/icws-sessions.js';
import { IcwsSubscriptionsController } from './icws/icws-subscriptions.controller.js';
import { RATE_LIMIT_WINDOW_MS } from './rate-limit.js';
import { SharedRequestCounts } from './shared-request-counts.js';
import { StatisticsFeeds } from './statistics/statistics-feeds.js';
import { StatisticsController } from './statistics/statistics.controller.js';
import { SupervisorController } from './supervisor/supervisor.controller.js';
import { ENV, LOGGER, NATS_CONNECTION } from './tokens.js';
import { InvokeController } from './vcc/invoke.controller.js';
import { RegisterController } from './vcc/register.controller.js';
import { TokenController } from './vcc/token.controller.js';

class BusLifecycle implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await closeBus(this.connection);
  }
}

@Module({})
export class AppModule {
  static register(env: GatewayEnv, logger: Logger, tenants: TenantConfig[], metrics: Registry): DynamicModule {
    return {
      module: AppModule,
      controllers: [
        TokenController,
        InvokeController,
        RegisterController,
        MeController,
        MeInteractionsController,
        InteractionsController,
        WorkbinsController,
        ProvidersController,
        AgentsController,
        DeadLettersController,
        StatisticsController,
        SupervisorController,
        IcwsConnectionController,
        IcwsInteractionsController,
        IcwsActionsController,
        IcwsSubscriptionsController,
        HealthController,
        ...(env.DEMO_SMS_SINK ? [SmsSinkController] : []),
      ],
      providers: [
        { provide: ENV, useValue: env },
        { provide: LOGGER, useValue: logger },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: TenantDirectory, useValue: new TenantDirectory(tenants) },
        { provide: TokenSigner, useValue: new TokenSigner(env.SWITCHBOARD_SIGNING_KEY) },
        { provide: CsrfTokens, useValue: new CsrfTokens(env.SWITCHBOARD_SIGNING_KEY) },
        { provide: ContractValidators, useValue: new ContractValidators() },
        ReferenceIds,
        { provide: NATS_CONNECTION, useFactory: () => connectBus(env.NATS_URL, 'gateway') },
        {
          provide: BusClient,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) =>
            new BusClient(connection, new BusValidator(), env.BUS_TIMEOUT_MS, busRequestMetrics(metrics)),
        },
        {
          provide: ConnectionHealth,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => new ConnectionHealth(connection),
        },
        {
          provide: IcwsSessions,
          inject: [NATS_CONNECTION, TenantDirectory],
          useFactory: async (connection: NatsConnection, directory: TenantDirectory) =>
            new IcwsSessions(await IcwsSessionStore.open(connection), directory),
        },
        {
          provide: SharedRequestCounts,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => SharedRequestCounts.open(connection, RATE_LIMIT_WINDOW_MS),
        },
        {
          // agents configured live reach this gateway's directory through the bucket the interactions service writes
          provide: AgentCredentials,
          inject: [NATS_CONNECTION, TenantDirectory],
          useFactory: async (connection: NatsConnection, directory: TenantDirectory) => {
            const credentials = await AgentCredentials.open(connection);
            await credentials.watch((change) => {
              directory.change(change);
            });
            return credentials;
          },
        },
        { provide: AuthFailures, useValue: new AuthFailures(env.AUTH_FAILURES_PER_MINUTE) },
        SecretVerifier,
        AgentAuthenticator,
        StatisticsFeeds,
        BusLifecycle,
      ],
    };
  }
}
