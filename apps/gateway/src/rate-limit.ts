import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import { ApiError } from './errors/api-error.js';

/**
 * Who a request counts against: the integration client of a bearer token (every token of a client shares one
 * budget; the token is only decoded here, it is verified later), the agent of Basic credentials, else the
 * address. A forged token only spends its own budget before being refused.
 */
export function rateLimitKey(request: FastifyRequest): string {
  const authorization = request.headers.authorization ?? '';
  const bearer = /^bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (bearer) {
    try {
      const { sub, tenant } = decodeJwt(bearer);
      if (typeof sub === 'string') return `client:${String(tenant)}:${sub}`;
    } catch {
      // not a JWT: counted by address below
    }
  }
  const basic = /^basic\s+(\S+)$/i.exec(authorization)?.[1];
  if (basic) return `agent:${Buffer.from(basic, 'base64').toString('utf8').split(':')[0]?.toLowerCase() ?? ''}`;
  return `address:${request.ip}`;
}

/** Requests per client per minute; past it, 429 with Retry-After, in the error format of the API family. */
export async function registerRateLimit(app: NestFastifyApplication, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: rateLimitKey,
    // Probes must always get through, or a tight limit would make a healthy gateway look down.
    allowList: (request) => request.url === '/health',
    errorResponseBuilder: (_request, context) =>
      new ApiError('rate_limited', `Too many requests: at most ${context.max} a minute; retry after ${context.after}`),
  });
}
