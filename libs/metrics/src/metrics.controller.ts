import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Registry } from 'prom-client';
import { exposition } from './exposition.js';

/** The app's prom-client registry, provided by each Nest app that serves GET /metrics with MetricsController. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/** GET /metrics on the app's HTTP port, for Prometheus: the registry provided as METRICS_REGISTRY, in its text format. */
@Controller()
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly metrics: Registry) {}

  @Get('metrics')
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { contentType, body } = await exposition(this.metrics);
    void reply.type(contentType);
    return body;
  }
}
