import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { TokenSigner } from '@switchboard/auth';
import type { Logger } from '@switchboard/logging';
import { basicCredentials } from './auth/agent-authenticator.js';
import { registerAuthFailureLimit } from './auth/auth-failure-limit.js';
import { bearerClaimsOf } from './auth/bearer-claims.js';
import { sourceAddress } from './auth/source-address.js';
import { ApiError } from './errors/api-error.js';
import { FailOpenCounter } from './fail-open-counter.js';
import { isProbe } from './health/probe-paths.js';
import { sharedRateLimitStore } from './rate-limit-store.js';
import { SharedRequestCounts } from './shared-request-counts.js';
import { LOGGER } from './tokens.js';

/** The rate limit's window: also the max age of the bucket its counts are shared in. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * Who a request counts against: the integration client of a bearer token that verifies (every token of a
 * client shares one budget), else the agent named by Basic credentials or the ICWS session named in the path,
 * from this address, else the address.
 * Only a verified token may spend a client's budget, and a Basic username only with its sender's address, so
 * someone naming another client or agent spends their own budget, not the victim's.
 */
export async function rateLimitKey(request: FastifyRequest, signer: TokenSigner): Promise<string> {
  const claims = await bearerClaimsOf(request, signer);
  if (claims) return `client:${claims.tenant}:${claims.clientId}`;
  // An ICWS session id is in the path, not a secret: like a Basic username, it counts only with its sender's address.
  const icwsSession = /^\/icws\/([^/?]+)\//i.exec(request.url)?.[1];
  if (icwsSession !== undefined && icwsSession.toLowerCase() !== 'connection')
    return `icws:${icwsSession}@${sourceAddress(request)}`;
  const basic = basicCredentials(request.headers.authorization);
  if (basic) return `agent:${basic.username.toLowerCase()}@${sourceAddress(request)}`;
  return `address:${sourceAddress(request)}`;
}

/**
 * Requests per client per minute, counted across every gateway replica (shared-request-counts.ts; each replica
 * alone while NATS is out of reach, fail-open-counter.ts), and failed authentications per address per minute
 * (auth-failure-limit.ts); past either, 429 with Retry-After, in the error format of the API family. Register
 * before the proxies.
 */
export async function registerRateLimit(app: NestFastifyApplication, perMinute: number): Promise<void> {
  const signer = app.get(TokenSigner);
  registerAuthFailureLimit(app);
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: RATE_LIMIT_WINDOW_MS,
    store: sharedRateLimitStore(new FailOpenCounter(app.get(SharedRequestCounts), app.get<symbol, Logger>(LOGGER))),
    keyGenerator: (request) => rateLimitKey(request, signer),
    // Probes must always get through, or a tight limit would make a healthy gateway look down.
    allowList: (request) => isProbe(request.url),
    // Thrown by the plugin: an Error carrying statusCode 429 (an ApiError does), rendered in the dialect's format by
    // Nest's filter on Nest routes and by plugin-error-handler.ts on the proxied ones; Retry-After is already set.
    errorResponseBuilder: (_request, context) =>
      new ApiError('rate_limited', `Too many requests: at most ${context.max} a minute; retry after ${context.after}`),
  });
}
