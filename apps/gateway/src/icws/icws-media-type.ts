import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { ICWS_JSON } from '@switchboard/contracts';
import { jsonTextParser } from '../json-body-parser.js';

const isIcwsPath = (url: string): boolean => /^\/icws(\/|$|\?)/i.test(url);

/**
 * ICWS clients send `application/vnd.inin.icws+JSON;charset=utf-8` (any case): parse it as JSON, with the same
 * body limit, depth limit and errors as plain JSON. Every JSON answer under /icws, errors included, is relabelled as
 * the ICWS type; the event stream and empty answers keep theirs.
 */
export function registerIcwsMediaType(app: NestFastifyApplication): void {
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  const json = jsonTextParser(fastify);
  // The SDK labels body-less actions (pickup, disconnect…) with the type too: an empty body is no body, not bad JSON.
  fastify.addContentTypeParser(
    /^application\/vnd\.inin\.icws\+json(\s*;.*)?$/i,
    { parseAs: 'string' },
    (request, body, done) => {
      if (body === '') {
        done(null, undefined);
        return;
      }
      // parseAs 'string' hands a string; the parser's type also allows a Buffer.
      json(request, body.toString(), done);
    },
  );
  fastify.addHook('onSend', async (request, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (isIcwsPath(request.url) && typeof type === 'string' && /^application\/json\b/i.test(type))
      void reply.header('content-type', ICWS_JSON);
    return payload;
  });
}
