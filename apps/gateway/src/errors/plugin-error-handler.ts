import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '@switchboard/logging';
import { errorProfileOf } from './error-profile.js';
import { toApiError } from './to-api-error.js';

/**
 * The routes plugins add (the CometD and ICWS messages proxies) live in encapsulated Fastify contexts, which keep
 * the error handler of the moment they are created: Fastify's own, since Nest installs its handler on the root only
 * at start-up. A failure there (the rate limit's 429) would be rendered in Fastify's format, and one without a
 * statusCode as an empty 500. Each context created directly under the root from here on renders failures the way
 * ApiExceptionFilter does. Call it before registering those plugins.
 */
export function renderPluginErrorsByDialect(app: NestFastifyApplication, logger: Logger): void {
  const root: FastifyInstance = app.getHttpAdapter().getInstance();
  root.addHook('onRegister', (instance) => {
    // a child context is created from its parent's prototype; deeper ones inherit the handler set here
    if (Object.getPrototypeOf(instance) !== root) return;
    instance.setErrorHandler(async (exception, request, reply) => {
      const error = toApiError(exception);
      if (error.kind === 'internal' || error.kind === 'service_unavailable') {
        logger.error({ err: error.cause ?? error, url: request.url }, error.message);
      }
      const rendered = errorProfileOf(request).render(error);
      return reply.code(rendered.status).headers(rendered.headers).send(rendered.body);
    });
  });
}
