import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  checkReadiness,
  ConnectionHealth,
  LIVE,
  natsConnected,
  type NatsConnection,
  type ReadinessBody,
} from '@switchboard/bus';
import { NotifierRegistration } from '../registry/notifier-registration.js';
import { NATS_CONNECTION } from '../tokens.js';

/**
 * /livez: the process is up. /readyz (and /health, its old name): connected to NATS and registered for the gateways,
 * else 503 naming what is not. Answered once the app listens, which is after the CometD server and both consumers
 * started.
 */
@Controller()
export class HealthController {
  private readonly nats: ConnectionHealth;

  constructor(
    @Inject(NATS_CONNECTION) connection: NatsConnection,
    private readonly registration: NotifierRegistration,
  ) {
    this.nats = new ConnectionHealth(connection);
  }

  @Get('livez')
  live(): typeof LIVE {
    return LIVE;
  }

  @Get(['readyz', 'health'])
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessBody> {
    const readiness = await checkReadiness({
      nats: natsConnected(this.nats),
      registration: this.registration.readiness,
    });
    void reply.status(readiness.statusCode);
    return readiness.body;
  }
}
