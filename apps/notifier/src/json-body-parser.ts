import { BadRequestException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, RawServerDefault } from 'fastify';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '@switchboard/contracts';

/** GWS's statusCode for a request it cannot use: CometD is served under the GWS paths (see cometd.endpoint.ts). */
const GWS_BAD_REQUEST = 10;

/**
 * Parses application/json bodies (CometD's) behind the documented nesting limit, checked on the raw text before
 * anything parses or walks it: CometD and the identities attached to its messages never see a deeper body. The
 * refusal has the body of the CometD endpoint's other 400s.
 */
export function registerJsonBodyParser(app: NestFastifyApplication): void {
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  const json = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', {}, (request, body, done) => {
    const text = body.toString('utf8');
    if (exceedsJsonDepth(text)) {
      const statusMessage = `the JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`;
      done(new BadRequestException({ statusCode: GWS_BAD_REQUEST, statusMessage }), undefined);
      return;
    }
    void json(request, text, done);
  });
}
