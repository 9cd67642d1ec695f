import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';

/**
 * Where a request comes from, as the limits count it: an IPv6 client is its /64 (what one subscriber is usually
 * given, so rotating addresses within it escapes nothing), an IPv4-mapped IPv6 address is the IPv4 one.
 */
export const sourceAddress = (request: Pick<FastifyRequest, 'ip'>): string => normalizeIP(request.ip, 64);
