import type { IncomingMessage } from 'node:http';
import { requestIdFor } from '@switchboard/logging';

/** The header a client may name its request in, and the gateway answers the id it went by in. */
export const REQUEST_ID_HTTP_HEADER = 'x-request-id';

/**
 * Fastify's `genReqId`: the client's X-Request-Id when it is acceptable (bounded in length and characters, see
 * REQUEST_ID_PATTERN), a new UUID otherwise, so a hostile header never reaches a log line, a response or the bus.
 * (Fastify's own `requestIdHeader` takes the header as it comes.)
 */
export function requestIdOf(request: IncomingMessage): string {
  return requestIdFor(request.headers[REQUEST_ID_HTTP_HEADER]);
}
