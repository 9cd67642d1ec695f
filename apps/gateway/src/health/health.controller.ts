import { Controller, Get } from '@nestjs/common';
import { ConnectionHealth } from '@switchboard/bus';
import { ApiError } from '../errors/api-error.js';

/** Readiness for load balancers and the launcher: up, and connected to NATS. */
@Controller('health')
export class HealthController {
  constructor(private readonly nats: ConnectionHealth) {}

  @Get()
  check(): { status: 'ok' } {
    if (!this.nats.isConnected()) throw new ApiError('service_unavailable', 'not connected to NATS');
    return { status: 'ok' };
  }
}
