import cors from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSRF_HEADER_NAME } from './auth/csrf-tokens.js';

/** What a page on another origin must read from the answers: ICWS's session and CSRF token, GWS's CSRF token. */
const EXPOSED_HEADERS = [
  'ININ-ICWS-Session-ID',
  'ININ-ICWS-CSRF-Token',
  'X-CSRF-HEADER',
  CSRF_HEADER_NAME,
  'Location',
  'Retry-After',
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const PREFLIGHT_CACHE_SECONDS = 600;

/**
 * Lets the pages of the listed origins call every API, cookies included, and answers their preflights before
 * authentication and the rate limit. Register it before any other plugin: contexts created earlier would not run
 * its hook.
 */
export async function registerCors(app: NestFastifyApplication, origins: readonly string[]): Promise<void> {
  const allowed = new Set(origins);
  await app.register(cors, {
    // A function rather than the list: given a list, @fastify/cors still answers an unlisted origin's preflight
    // with 204 and Access-Control-Allow-Methods. Refused here, the origin gets no CORS header at all, and its
    // preflight the 404 any OPTIONS request got before.
    origin: (origin, callback) => {
      callback(null, origin !== undefined && allowed.has(origin));
    },
    methods: METHODS,
    credentials: true,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_CACHE_SECONDS,
  });
}
