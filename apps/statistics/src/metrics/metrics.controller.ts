import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Registry } from 'prom-client';
import { exposition } from '@switchboard/metrics';
import { METRICS } from '../tokens.js';

/** GET /metrics on STATISTICS_PORT, for Prometheus. */
@Controller()
export class MetricsController {
  constructor(@Inject(METRICS) private readonly metrics: Registry) {}

  @Get('metrics')
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { contentType, body } = await exposition(this.metrics);
    void reply.type(contentType);
    return body;
  }
}
