import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors/api-error.js';
import { errorProfileOf } from './errors/error-profile.js';

/**
 * The proxies (CometD, ICWS messages) stream request bodies to the notifier unread, so Fastify's body limit does
 * not apply to them; the notifier refuses a body over the same limit by closing the connection while the gateway is
 * still sending it, and the gateway, left without an answer to forward, answered 500 (seen by the CometD fuzz).
 * A body declared larger than the limit is refused here with 413, before anything is forwarded. Register before
 * the proxies: hooks reach only the plugin contexts created afterwards.
 */
export function registerProxiedBodyLimit(app: NestFastifyApplication, limitBytes: number): void {
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (!(declared > limitBytes)) return;
    const rendered = errorProfileOf(request).render(new ApiError('payload_too_large', 'Payload Too Large'));
    return reply
      .code(rendered.status)
      .headers({ ...rendered.headers, connection: 'close' })
      .send(rendered.body);
  });
}
