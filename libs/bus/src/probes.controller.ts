import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { checkReadiness, LIVE, type ReadinessBody, type ReadinessCheck } from './readiness.js';

/**
 * What /readyz checks, by name (the NATS connection among them): provided by each Nest app that serves its probes
 * with ProbesController, as the one place that says what "ready" means for that app.
 */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/**
 * /livez: the process is up. /readyz (and /health, its old name): every check of READINESS_CHECKS passes, else 503
 * with a body naming what is not ready.
 */
@Controller()
export class ProbesController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: Readonly<Record<string, ReadinessCheck>>) {}

  @Get('livez')
  live(): typeof LIVE {
    return LIVE;
  }

  @Get(['readyz', 'health'])
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessBody> {
    const readiness = await checkReadiness(this.checks);
    void reply.status(readiness.statusCode);
    return readiness.body;
  }
}
