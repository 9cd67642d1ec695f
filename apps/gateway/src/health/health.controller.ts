import { Controller, Get, Inject } from '@nestjs/common';
import type { NatsConnection } from '@switchboard/bus';
import { ApiError } from '../errors/api-error.js';
import { NATS_CONNECTION } from '../tokens.js';

/** Readiness for load balancers and the launcher: up, and connected to NATS. */
@Controller('health')
export class HealthController {
  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  @Get()
  check(): { status: 'ok' } {
    if (this.connection.isClosed()) throw new ApiError('service_unavailable', 'not connected to NATS');
    return { status: 'ok' };
  }
}
