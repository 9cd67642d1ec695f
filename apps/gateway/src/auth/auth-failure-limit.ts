import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors/api-error.js';
import { errorProfileOf } from '../errors/error-profile.js';
import { isProbe } from '../health/probe-paths.js';
import { AuthFailures } from './auth-failures.js';
import { sourceAddress } from './source-address.js';

/**
 * Answers 429 (with Retry-After, in the dialect's format) to every request from an address that failed to
 * authenticate too often in the last minute, before any credential is looked at; counts each 401 as a failure.
 * Failures answered otherwise (OAuth's `invalid_client` and ICWS's `authenticationFailure` are 400s) are recorded
 * where they are decided. Register before the proxies: hooks reach only the plugin contexts created afterwards.
 * The count is this replica's, unlike the rate limit's (shared-request-counts.ts): it is checked before every
 * request, where a shared count would cost a NATS round trip each time, and per replica it still holds an address
 * to a few dozen guesses a minute per gateway, whether NATS answers or not.
 */
export function registerAuthFailureLimit(app: NestFastifyApplication): void {
  const failures = app.get(AuthFailures);
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    if (isProbe(request.url)) return;
    const wait = failures.retryAfterSeconds(sourceAddress(request));
    if (wait === undefined) return;
    const error = new ApiError(
      'rate_limited',
      `Too many failed authentications from this address; retry after ${wait} seconds`,
    );
    const rendered = errorProfileOf(request).render(error);
    return reply
      .code(rendered.status)
      .headers({ ...rendered.headers, 'retry-after': String(wait) })
      .send(rendered.body);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode === 401) failures.record(sourceAddress(request));
  });
}
