import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { closeBus, DurableEventConsumer, type NatsConnection } from '@switchboard/bus';
import type { DomainEvent } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { AgentSessions } from '../cometd/agent-sessions.js';
import { LOGGER, NATS_CONNECTION } from '../tokens.js';
import { ProviderDirectory } from '../callbacks/provider-directory.js';
import { IcwsMessaging } from '../icws/icws-messaging.js';
import type { PermissionsOf } from './agent-notification.js';
import { agentNotificationsOf } from './interaction-state-message.js';
import { SessionDelivery } from './session-delivery.js';

/** Fan-out instances must not share this durable: each holds different CometD sessions. */
const DURABLE_NAME = 'notifier';

/**
 * Reads domain events durably and pushes each agent's notifications to that agent's CometD sessions. An agent
 * with no session open misses the push, not the state: a session is sent its agent's current interactions when
 * it subscribes (CurrentStateOnSubscribe). ICWS sessions' messages are queued from the same events (IcwsMessaging).
 */
@Injectable()
export class EventFanout implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer: DurableEventConsumer;
  /** Built once, not per event: it only reads the directory, which stays the same object. */
  private readonly permissionsOf: PermissionsOf = (tenant, provider) =>
    provider === undefined ? undefined : this.directory.provider(tenant, provider)?.agentActionsPermitted;

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly sessions: AgentSessions,
    private readonly delivery: SessionDelivery,
    private readonly directory: ProviderDirectory,
    private readonly icws: IcwsMessaging,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.consumer = new DurableEventConsumer(connection, DURABLE_NAME, logger);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start((event) => {
      this.deliver(event);
      return Promise.resolve();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
    await closeBus(this.connection);
  }

  private deliver(event: DomainEvent): void {
    this.icws.deliver(event);
    for (const notification of agentNotificationsOf(event, this.permissionsOf)) {
      const sessions = this.sessions.sessionsOf(notification.tenant, notification.agentId);
      for (const session of sessions) this.delivery.live(session, notification);
      this.logger.debug(
        { event: event.type, eventId: event.id, agentId: notification.agentId, sessions: sessions.length },
        'notified agent',
      );
    }
  }
}
