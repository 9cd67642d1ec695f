import { AsyncResource } from 'node:async_hooks';
import { fastifyRequestContext } from '@fastify/request-context';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { runWithRequestId, type Logger } from '@switchboard/logging';
import { REQUEST_ID_HTTP_HEADER } from './request-id.js';
import { requestLine } from './request-line.js';

/**
 * Every request, under the id Fastify gave it (requestIdOf, the adapter's `genReqId`): the id answered in
 * X-Request-Id (errors and 429s included), the request's work run in its request context, so that its log lines and
 * the bus requests it sends carry the id, and one line logged once it is answered. Register first, before the rate
 * limit and the proxies, so that their answers carry the id too.
 */
export async function registerRequestLog(app: NestFastifyApplication, logger: Logger): Promise<void> {
  // @fastify/request-context binds the handler to the async context entered at onRequest (and enters it again at
  // preValidation, after the body is read, where Node loses it): its resource is made inside this request's context,
  // so our AsyncLocalStorage (libs/logging) comes along with the plugin's own.
  await app.register(fastifyRequestContext, {
    createAsyncResource: (request) => runWithRequestId(request.id, () => new AsyncResource('switchboard-request')),
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HTTP_HEADER, request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const { level, fields } = requestLine(request, reply.statusCode, reply.elapsedTime);
    logger[level](fields, 'request');
    done();
  });
}
