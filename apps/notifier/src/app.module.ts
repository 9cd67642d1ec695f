import { Module, type DynamicModule } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { TokenSigner } from '@switchboard/auth';
import {
  BusClient,
  connectBus,
  DEFAULT_REQUEST_TIMEOUT_MS,
  ProbesController,
  SharedLogDecoder,
  type NatsConnection,
} from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { BusValidator } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { busRequestMetrics, MetricsController } from '@switchboard/metrics';
import { CallbackDispatcher } from './callbacks/callback-dispatcher.js';
import { CallbackSender } from './callbacks/callback-sender.js';
import { DeadLetterAdmin } from './callbacks/dead-letter-admin.js';
import { DeadLetterStore } from './callbacks/dead-letter-store.js';
import { ProviderDirectory } from './callbacks/provider-directory.js';
import { AgentSessions } from './cometd/agent-sessions.js';
import { createCometdServer } from './cometd/cometd-server.factory.js';
import { CometdEndpoint } from './cometd/cometd.endpoint.js';
import { MessageIdentities } from './cometd/message-identities.js';
import { CurrentStateOnSubscribe } from './gws-notifications/current-state-on-subscribe.js';
import { EventFanout } from './gws-notifications/event-fanout.js';
import { SessionDelivery } from './gws-notifications/session-delivery.js';
import { notifierReadinessChecks } from './health/readiness-checks.js';
import { IcwsMessagesEndpoint } from './icws/icws-messages.endpoint.js';
import { IcwsMessaging } from './icws/icws-messaging.js';
import { cometdMetrics } from './metrics/cometd-metrics.js';
import type { NotifierEnv } from './notifier.env.js';
import { NotifierRegistration } from './registry/notifier-registration.js';
import { CLOCK, COMETD_SERVER, ENV, LOGGER, METRICS, NATS_CONNECTION, RETRY_POLICY, systemClock } from './tokens.js';

@Module({})
export class AppModule {
  static register(env: NotifierEnv, logger: Logger, tenants: TenantConfig[], metrics: Registry): DynamicModule {
    return {
      module: AppModule,
      controllers: [ProbesController, MetricsController],
      providers: [
        { provide: ENV, useValue: env },
        { provide: LOGGER, useValue: logger },
        { provide: CLOCK, useValue: systemClock },
        { provide: METRICS, useValue: metrics },
        notifierReadinessChecks,
        { provide: TokenSigner, useValue: new TokenSigner(env.SWITCHBOARD_SIGNING_KEY) },
        { provide: NATS_CONNECTION, useFactory: () => connectBus(env.NATS_URL, 'notifier') },
        {
          provide: BusClient,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) =>
            new BusClient(connection, new BusValidator(), DEFAULT_REQUEST_TIMEOUT_MS, busRequestMetrics(metrics)),
        },
        AgentSessions,
        { provide: MessageIdentities, useValue: new MessageIdentities() },
        {
          provide: COMETD_SERVER,
          inject: [AgentSessions, MessageIdentities],
          useFactory: (sessions: AgentSessions, identities: MessageIdentities) =>
            createCometdServer(sessions, identities, logger, {
              timeoutMs: env.COMETD_TIMEOUT_MS,
              maxIntervalMs: env.COMETD_MAX_INTERVAL_MS,
            }),
        },
        CometdEndpoint,
        {
          provide: SessionDelivery,
          inject: [AgentSessions],
          useFactory: (sessions: AgentSessions) =>
            new SessionDelivery(cometdMetrics(metrics, () => sessions.sessionCount)),
        },
        IcwsMessaging,
        IcwsMessagesEndpoint,
        // the fan-out and the callbacks consumer read every record of the log: each is decoded once for both
        { provide: SharedLogDecoder, useValue: new SharedLogDecoder() },
        EventFanout,
        CurrentStateOnSubscribe,
        {
          provide: ProviderDirectory,
          inject: [NATS_CONNECTION],
          // Async on purpose: Nest resolves it before any onApplicationBootstrap, and runs those concurrently.
          useFactory: (connection: NatsConnection) => ProviderDirectory.replayed(tenants, connection, logger),
        },
        { provide: CallbackSender, useValue: new CallbackSender(env.CALLBACK_TIMEOUT_MS) },
        {
          provide: RETRY_POLICY,
          useValue: {
            maxAttempts: env.CALLBACK_MAX_ATTEMPTS,
            baseDelayMs: env.CALLBACK_RETRY_BASE_MS,
            maxDelayMs: env.CALLBACK_RETRY_MAX_MS,
          },
        },
        {
          provide: DeadLetterStore,
          inject: [NATS_CONNECTION],
          // One bucket handle, opened once at start-up, for the dispatcher that fills it and the admin that reads it.
          useFactory: (connection: NatsConnection) => DeadLetterStore.open(connection),
        },
        CallbackDispatcher,
        DeadLetterAdmin,
        NotifierRegistration,
      ],
    };
  }
}
