import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Registry } from 'prom-client';
import { exposition, METRICS_PATH } from '@switchboard/metrics';

/**
 * GET /metrics on the gateway's own port, for Prometheus: no authentication (like the probes; restrict it at the
 * network edge), and exempt from the rate limits (probe-paths.ts).
 */
export function registerMetricsEndpoint(app: NestFastifyApplication, registry: Registry): void {
  app
    .getHttpAdapter()
    .getInstance()
    .get(METRICS_PATH, async (_request, reply) => {
      const { contentType, body } = await exposition(registry);
      return reply.type(contentType).send(body);
    });
}
