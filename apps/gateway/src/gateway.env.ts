import { z } from 'zod';
import { HEADERS_WITHIN_REQUEST, headersWithinRequest, httpServiceEnvSchema, portSchema } from '@switchboard/config';
import { corsOriginsSchema } from './cors-origins.js';

export const gatewayEnvSchema = httpServiceEnvSchema
  .extend({
    /** The only public port: every API family, the token endpoint and CometD. */
    PORT: portSchema.default(8080),
    HOST: z.string().default('127.0.0.1'),
    /** Where the notifier serves CometD; the gateway forwards /api/v2/notifications there. */
    NOTIFIER_URL: z.url().default('http://127.0.0.1:8081'),
    /** Serve the demo's stand-in SMS provider at POST /demo/sms (npm start turns it on when no SMS URL is set). */
    DEMO_SMS_SINK: z.stringbool().default(false),
    /** Requests per client (integration client, agent, or address) per minute; past it, 429 with Retry-After. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(1200),
    /** Failed authentications per source address per minute; past it, every request from the address gets 429. */
    AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().positive().default(20),
    /** How long a bus request may take before the caller gets a 503. */
    BUS_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
    /**
     * The most connections the gateway opens to the notifier for each proxied route: every connected CometD desktop
     * holds one for its long poll, every ICWS event stream one for good. undici's default, 128, left the 129th agent
     * waiting for a free connection until its CometD session expired.
     */
    GATEWAY_UPSTREAM_CONNECTIONS: z.coerce.number().int().min(1).default(10_000),
    /**
     * Browser origins (comma-separated, e.g. https://desk.example.com) whose pages may call the APIs, cookies
     * included (a desktop's GWS session, ICWS's session cookie); their preflights are answered. None by default: a
     * page on another origin gets no CORS header, so the browser keeps the answer from it.
     */
    CORS_ORIGINS: corsOriginsSchema,
  })
  .refine(headersWithinRequest, HEADERS_WITHIN_REQUEST);

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;
