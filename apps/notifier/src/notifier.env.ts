import { hostname } from 'node:os';
import { z } from 'zod';
import { HEADERS_WITHIN_REQUEST, headersWithinRequest, httpServiceEnvSchema, portSchema } from '@switchboard/config';

/** What a long poll's answer or a stream's next keep-alive may take beyond its schedule before the server gives up. */
const SILENCE_MARGIN_MS = 10_000;

export const notifierEnvSchema = httpServiceEnvSchema
  .extend({
    /** Internal port: clients reach CometD through the gateway, which vouches for the agent. */
    NOTIFIER_PORT: portSchema.default(8081),
    NOTIFIER_HOST: z.string().default('127.0.0.1'),
    /**
     * This instance's name in SB_NOTIFIERS and in the cookie that keeps a client's session on it; unique among live
     * notifiers. A restart under the same name takes its registration back at once.
     */
    NOTIFIER_INSTANCE_ID: z
      .string()
      .min(1)
      .default(() => `${hostname()}:${String(process.pid)}`),
    /** Where the gateways reach this instance: http://NOTIFIER_HOST:NOTIFIER_PORT when unset. */
    NOTIFIER_PUBLIC_URL: z.url().optional(),
    /** How long a registration outlives this instance's last renewal (renewed every third of it). */
    NOTIFIER_LEASE_TTL_SECONDS: z.coerce.number().min(1).default(5),
    /** Provider callbacks: attempts before a callback is dead-lettered, backoff, and the timeout of one call. */
    CALLBACK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
    CALLBACK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(1_000),
    CALLBACK_RETRY_MAX_MS: z.coerce.number().int().min(1).default(30_000),
    CALLBACK_TIMEOUT_MS: z.coerce.number().int().min(1).default(5_000),
    /**
     * CometD: how long a long poll is held open, and how long a session outlives its last poll. A client that comes
     * back within the session's lifetime gets what it missed (ack extension); later, it must handshake again.
     */
    COMETD_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
    COMETD_MAX_INTERVAL_MS: z.coerce.number().int().min(1).default(10_000),
    /**
     * ICWS messaging: the most messages that wait for one session; a session not read for ICWS_SESSION_IDLE_MS
     * loses its queue. Either way its next read is answered with fresh snapshots (see icws/session-queues.ts).
     */
    ICWS_MESSAGE_QUEUE_LIMIT: z.coerce.number().int().min(1).default(1_000),
    ICWS_SESSION_IDLE_MS: z.coerce
      .number()
      .int()
      .min(1)
      .default(10 * 60_000),
    /**
     * ICWS server-sent events: the last messages a session's streams were written, kept so that a client reconnecting
     * with Last-Event-ID is sent only what it missed (icws/replay-buffer.ts); at most this many, and this many
     * characters of JSON. Only the notifier that streams a session holds them: by default about 35 MiB of heap for
     * 1,000 streamed sessions (measured: README, ICWS section).
     */
    ICWS_SSE_REPLAY_MESSAGES: z.coerce.number().int().min(1).default(100),
    ICWS_SSE_REPLAY_BYTES: z.coerce.number().int().min(1).default(32_768),
    /** How often an open server-sent event stream is sent a comment, so that proxies and clients keep it open. */
    ICWS_SSE_KEEPALIVE_MS: z.coerce.number().int().min(1).default(15_000),
  })
  .refine(headersWithinRequest, HEADERS_WITHIN_REQUEST)
  // The server's own silences — a long poll with nothing to send, a stream between keep-alives — must not look idle.
  .refine(
    (env) => env.HTTP_IDLE_TIMEOUT_MS >= Math.max(env.COMETD_TIMEOUT_MS, env.ICWS_SSE_KEEPALIVE_MS) + SILENCE_MARGIN_MS,
    {
      message: `must exceed COMETD_TIMEOUT_MS and ICWS_SSE_KEEPALIVE_MS by at least ${SILENCE_MARGIN_MS} ms, or idle long polls and event streams are cut`,
      path: ['HTTP_IDLE_TIMEOUT_MS'],
    },
  );

export type NotifierEnv = z.infer<typeof notifierEnvSchema>;

/** The URL this instance registers for the gateways. */
export const notifierPublicUrl = (
  env: Pick<NotifierEnv, 'NOTIFIER_PUBLIC_URL' | 'NOTIFIER_HOST' | 'NOTIFIER_PORT'>,
): string => env.NOTIFIER_PUBLIC_URL ?? `http://${env.NOTIFIER_HOST}:${String(env.NOTIFIER_PORT)}`;
