import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Histogram, type Registry } from 'prom-client';
import { httpRequestLabels } from './http-request-labels.js';

/**
 * Most answers take milliseconds; CometD long polls are held up to COMETD_TIMEOUT_MS (30 s) and ICWS event streams
 * for as long as the client reads, hence the long tail.
 */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * `switchboard_http_request_duration_seconds{method,route,status}`: every request the gateway answers, by route
 * template, method and status; its `_count` is the request count. Register before any plugin: a hook added to the
 * root does not reach the contexts of plugins registered before it.
 */
export function registerHttpMetrics(app: NestFastifyApplication, registry: Registry): void {
  const duration = new Histogram({
    name: 'switchboard_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to the end of its response, by route template, method and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      duration.observe(
        httpRequestLabels(request.method, request.routeOptions.url, reply.statusCode),
        reply.elapsedTime / 1000,
      );
      done();
    });
}
