import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest, RawServerDefault } from 'fastify';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '@switchboard/contracts';
import { ApiError } from './errors/api-error.js';

export type JsonTextParser = (
  request: FastifyRequest,
  body: string,
  done: (error: Error | null, body?: unknown) => void,
) => void;

/**
 * Fastify's JSON parser (prototype poisoning refused), behind the documented nesting limit checked on the raw
 * text: what reads a parsed body afterwards (key normalisation, validation messages, the bus's JSON.stringify)
 * recurses, so a body deeper than the limit must never be parsed. Refused with 400 in the API's own error format.
 */
export function jsonTextParser(fastify: FastifyInstance): JsonTextParser {
  const json = fastify.getDefaultJsonParser('error', 'error');
  return (request, body, done) => {
    if (exceedsJsonDepth(body)) {
      done(new ApiError('bad_request', `the JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`), undefined);
      return;
    }
    void json(request, body, done);
  };
}

/** Parses every application/json body with the depth limit (the ICWS type has its own parser, icws-media-type.ts). */
export function registerJsonBodyParser(app: NestFastifyApplication): void {
  const parse = jsonTextParser(app.getHttpAdapter().getInstance());
  app.useBodyParser<RawServerDefault>('application/json', {}, (request, body, done) => {
    parse(request, body.toString('utf8'), done);
  });
}
