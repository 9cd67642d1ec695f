import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { CometDServer, ServerChannel, ServerSession } from 'cometd-nodejs-server';
import { BusClient } from '@switchboard/bus';
import type { Logger } from '@switchboard/logging';
import { AgentSessions } from '../cometd/agent-sessions.js';
import { COMETD_SERVER, LOGGER } from '../tokens.js';
import { currentStateMessages } from './current-state-messages.js';
import { ME_INTERACTIONS, SessionDelivery } from './session-delivery.js';

/**
 * Sends a session that subscribes to `/v2/me/interactions` its agent's current interactions, so that a desktop
 * starts from the current state — the first time, and again after its session expired and it handshook anew,
 * having missed whatever happened meanwhile.
 */
@Injectable()
export class CurrentStateOnSubscribe implements OnModuleInit {
  constructor(
    @Inject(COMETD_SERVER) private readonly cometd: CometDServer,
    private readonly sessions: AgentSessions,
    private readonly bus: BusClient,
    private readonly delivery: SessionDelivery,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    // Emitted while the subscribe is processed; the read's round trip over NATS puts what it delivers after the
    // subscribe reply (and the ack extension sends it on the next /meta/connect).
    this.cometd.addListener('subscribed', (channel: ServerChannel, session: ServerSession) => {
      if (channel.name === ME_INTERACTIONS) void this.sendCurrentState(session);
    });
  }

  private async sendCurrentState(session: ServerSession): Promise<void> {
    const identity = this.sessions.identityOf(session.id);
    if (!identity) return;
    const { tenant, agentId } = identity;
    try {
      const outcome = await this.delivery.snapshot(session, async () => {
        const reply = await this.bus.request('agentInteractions', tenant, { agentId });
        if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
        return currentStateMessages(reply.interactions);
      });
      this.logger.debug(
        { tenant, agentId, session: session.id, ...outcome },
        'sent the agent its current interactions',
      );
    } catch (error) {
      // The desktop still gets every change from now on, and can read the rest with GET /api/v2/me/interactions.
      this.logger.warn(
        { err: error, tenant, agentId, session: session.id },
        'could not send the agent its current interactions',
      );
    }
  }
}
