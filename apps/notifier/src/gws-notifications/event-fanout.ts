import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  closeBus,
  deleteDurableConsumer,
  EventFollower,
  lastDerivedSequence,
  SharedLogDecoder,
  type NatsConnection,
} from '@switchboard/bus';
import { DERIVED_STREAM, DERIVED_SUBJECTS, type DomainEvent } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { ProviderDirectory } from '../callbacks/provider-directory.js';
import { AgentSessions } from '../cometd/agent-sessions.js';
import { IcwsMessaging } from '../icws/icws-messaging.js';
import { LOGGER, NATS_CONNECTION } from '../tokens.js';
import type { PermissionsOf } from './agent-notification.js';
import { agentNotificationsOf } from './interaction-state-message.js';
import { SessionDelivery } from './session-delivery.js';

/**
 * The durable consumer the fan-out used to read through. A killed notifier left its event unacknowledged, and
 * with one event pending at a time that stopped every notification for the 30 s ack wait; nothing reads it any
 * more, so it is deleted where an older version left it.
 */
const LEGACY_DURABLE = 'notifier';

/**
 * Follows domain events live and pushes each agent's notifications to that agent's CometD sessions. Live
 * notifications need no durable position: the sessions of a restarted notifier are all new, and each is sent its
 * agent's current interactions when it subscribes (CurrentStateOnSubscribe), which covers whatever happened while
 * it was away. So an ordered consumer follows the log from where the provider directory's replay ended: nothing
 * is held for a dead instance, and a second instance sees every event too. ICWS sessions' messages are queued
 * from the same events (IcwsMessaging); provider events keep the directory (capabilities) current.
 *
 * What the interactions service derives for one reader (ICWS queue contents, a listed workbin) is not in the log but
 * in SB_DERIVED, followed the same way from its current end by a second ordered consumer: a restarted notifier has no
 * ICWS session, and each one's first read asks for fresh snapshots, so nothing from before is needed.
 */
@Injectable()
export class EventFanout implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly follower: EventFollower;
  private readonly derivedFollower: EventFollower;
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
    decoder: SharedLogDecoder,
  ) {
    this.follower = new EventFollower(connection, logger, decoder);
    this.derivedFollower = new EventFollower(connection, logger);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.deleteLegacyDurable();
    await this.follower.start(this.directory.replayedThrough + 1, (event, seq) => {
      this.directory.apply(event, seq);
      this.deliver(event);
    });
    const derivedFrom = (await lastDerivedSequence(this.connection)) + 1;
    await this.derivedFollower.start(
      derivedFrom,
      (event) => {
        this.deliver(event);
      },
      DERIVED_SUBJECTS,
      DERIVED_STREAM,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.follower.stop();
    await this.derivedFollower.stop();
    await closeBus(this.connection);
  }

  private async deleteLegacyDurable(): Promise<void> {
    if (await deleteDurableConsumer(this.connection, LEGACY_DURABLE)) {
      this.logger.info({ consumer: LEGACY_DURABLE }, 'deleted the fan-out’s former durable consumer');
    }
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
