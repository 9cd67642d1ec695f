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
import { LogReader } from '../read-model/log-reader.js';
import { NATS_CONNECTION } from '../tokens.js';

/**
 * /livez: the process is up. /readyz (and /health): connected to NATS and caught up with the event log as it was at
 * start (today's figures are whole), else 503 naming what is not.
 */
@Controller()
export class HealthController {
  private readonly nats: ConnectionHealth;

  constructor(
    @Inject(NATS_CONNECTION) connection: NatsConnection,
    private readonly reader: LogReader,
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
      log: () => (this.reader.ready ? undefined : 'still reading today’s event log'),
    });
    void reply.status(readiness.statusCode);
    return readiness.body;
  }
}
