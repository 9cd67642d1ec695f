import type { FastifyReply, RawServerBase, RouteGenericInterface } from 'fastify';
import { ApiError } from './errors/api-error.js';
import type { ErrorProfile } from './errors/error-profile.js';
import type { GatewayEnv } from './gateway.env.js';

/** How a proxied route answers: a CometD long poll within COMETD_TIMEOUT_MS; an ICWS event stream never ends. */
export type UpstreamAnswers = 'long-polls' | 'streams';

type ProxiedRequest = { headers: { cookie?: string } };

/** How the gateway picks a notifier for a request, and hears that one could not be reached (see notifier-routes.ts). */
export interface NotifierChoice {
  /** The notifier a request goes to, as a base URL. */
  choose: (request: ProxiedRequest) => string;
  /** Awaited before `choose`, once the request is authenticated: brings the choice's registry up to date. */
  prepare: (request: ProxiedRequest) => Promise<void>;
  /** The notifier at `url` refused or dropped a request's connection. */
  markUnreachable: (url: string) => void;
}

export interface NotifierUpstream {
  /**
   * Empty: the notifier is chosen per request by `getUpstream`, so that a client's session stays on the notifier
   * that holds it. @fastify/reply-from then sends through one undici Agent, with a pool of its own per notifier.
   */
  upstream: '';
  /** The undici pool @fastify/http-proxy makes for the route, for each notifier. */
  undici: { connections: number; headersTimeout: number; bodyTimeout: number };
  getUpstream: (request: ProxiedRequest) => string;
  prepare: NotifierChoice['prepare'];
  /** reply-from's answer when the notifier did not answer: the dialect's 503, never its default 500. */
  onError: (reply: FastifyReply<RouteGenericInterface, RawServerBase>, failure: { error: Error }) => void;
}

/** The codes that say the notifier is not there — refused, reset, unreachable — rather than slow. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The low-level code of a reply-from error (it wraps undici's, or Node's, as its cause). */
function codeOf(error: Error): string | undefined {
  const { code, cause } = error as Error & { code?: unknown; cause?: { code?: unknown } };
  const inner = cause?.code;
  return typeof inner === 'string' ? inner : typeof code === 'string' ? code : undefined;
}

/** Whether a proxy error means the notifier is down (its clients are then sent elsewhere). */
export const isUnreachable = (error: Error): boolean => UNREACHABLE_CODES.has(codeOf(error) ?? '');

/**
 * The notifiers, as one of the gateway's proxies reaches them. Every connected desktop holds one connection for its
 * long poll (an event stream for good), so each notifier's pool is sized for the agents, not left at undici's 128.
 * Waiting on the notifier is bounded by the same silence the gateway allows its own clients (HTTP_IDLE_TIMEOUT_MS,
 * which the notifier requires to be above its long-poll timeout): past it, the client's connection is closed
 * anyway. A stream's body has no deadline: its keep-alive comments and the client's connection bound its silences.
 * A notifier that cannot be reached is answered for in the route's dialect (503: retry) and passed over by the next
 * requests, which go to a live one.
 */
export function notifierUpstream(
  env: Pick<GatewayEnv, 'GATEWAY_UPSTREAM_CONNECTIONS' | 'HTTP_IDLE_TIMEOUT_MS'>,
  answers: UpstreamAnswers,
  notifiers: NotifierChoice,
  errors: ErrorProfile,
): NotifierUpstream {
  /** The notifier each request in flight was sent to, for its error to name. */
  const chosen = new WeakMap<object, string>();
  return {
    upstream: '',
    undici: {
      connections: env.GATEWAY_UPSTREAM_CONNECTIONS,
      headersTimeout: env.HTTP_IDLE_TIMEOUT_MS,
      bodyTimeout: answers === 'streams' ? 0 : env.HTTP_IDLE_TIMEOUT_MS,
    },
    getUpstream: (request) => {
      const url = notifiers.choose(request);
      chosen.set(request, url);
      return url;
    },
    prepare: notifiers.prepare,
    onError: (reply, { error }) => {
      const url = chosen.get(reply.request);
      if (url !== undefined && isUnreachable(error)) notifiers.markUnreachable(url);
      const rendered = errors.render(
        new ApiError('service_unavailable', 'The notifications service is not reachable: retry'),
      );
      void reply.code(rendered.status).headers(rendered.headers).send(rendered.body);
    },
  };
}
