import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '@switchboard/logging';
import { LOGGER } from '../tokens.js';
import { errorProfileOf } from './error-profile.js';
import { toApiError } from './to-api-error.js';

/** The one place a failure of a controller becomes a response, in the format of the controller's API family. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const error = toApiError(exception);
    if (error.kind === 'internal' || error.kind === 'service_unavailable') {
      this.logger.error({ err: error.cause ?? error, url: request.url }, error.message);
    }
    const rendered = errorProfileOf(request).render(error);
    void reply.code(rendered.status).headers(rendered.headers).send(rendered.body);
  }
}
