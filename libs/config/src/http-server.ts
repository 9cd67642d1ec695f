import { z } from 'zod';
import { commonEnvSchema, signingEnvSchema } from './env.js';

const milliseconds = z.coerce.number().int().min(1);

/**
 * How long the HTTP server of the gateway and of the notifier waits on a client, so that a connection that sends
 * nothing, or sends its request a byte at a time (slowloris), is closed, while a CometD long poll and an endless
 * server-sent event stream are not. How Node (20) applies each, checked in its `_http_server.js`:
 * - headers: from the connection's first byte expected (or a kept-alive connection's next request starting)
 *   until the headers are complete. A connection that sends nothing is timed out by this one too.
 * - request: from the same start until the request, body included, is received. It does not run while the
 *   response is being written: a long poll or a stream, once its request is in, is not bound by it.
 * - idle: the socket's inactivity (nothing read, nothing written) while a request is in progress, e.g. a long poll
 *   waiting for its answer, or a stream between two events. Must exceed the silences the server itself makes:
 *   COMETD_TIMEOUT_MS and ICWS_SSE_KEEPALIVE_MS.
 * - keep-alive: a kept-alive connection's inactivity between two requests.
 */
export const httpServerEnvSchema = z.object({
  HTTP_HEADERS_TIMEOUT_MS: milliseconds.default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: milliseconds.default(30_000),
  HTTP_IDLE_TIMEOUT_MS: milliseconds.default(60_000),
  /** Fastify's default: above the 60 s idle timeout of common load balancers, which must close first. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds.default(72_000),
});

export type HttpServerEnv = z.infer<typeof httpServerEnvSchema>;

/**
 * What every service with an HTTP server (the gateway, the notifier) reads before its own settings: NATS and logging,
 * the token signing key, the server's timeouts. Refine the extended schema with headersWithinRequest.
 */
export const httpServiceEnvSchema = commonEnvSchema.extend(signingEnvSchema.shape).extend(httpServerEnvSchema.shape);

/** Node refuses to start a server whose headers may take longer than its whole request: refine an app's schema with it. */
export const headersWithinRequest = (env: HttpServerEnv): boolean =>
  env.HTTP_HEADERS_TIMEOUT_MS <= env.HTTP_REQUEST_TIMEOUT_MS;
export const HEADERS_WITHIN_REQUEST: { message: string; path: string[] } = {
  message: 'must not exceed HTTP_REQUEST_TIMEOUT_MS',
  path: ['HTTP_HEADERS_TIMEOUT_MS'],
};

/**
 * Node checks the headers and request timeouts on an interval (30 s by default, so a 10 s limit would hold for up
 * to 40 s). The check walks only the connections whose request is still arriving, so every second costs little.
 */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** The Fastify server options that apply the limits. */
export function httpServerTimeouts(env: HttpServerEnv) {
  return {
    // Fastify sets these three on the Node server after creating it.
    connectionTimeout: env.HTTP_IDLE_TIMEOUT_MS,
    keepAliveTimeout: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    requestTimeout: env.HTTP_REQUEST_TIMEOUT_MS,
    // Fastify has no option of its own for these: they go to Node's http.createServer.
    http: {
      headersTimeout: env.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: env.HTTP_REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    },
  };
}
