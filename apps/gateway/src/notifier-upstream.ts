import type { GatewayEnv } from './gateway.env.js';

/** How a proxied route answers: a CometD long poll within COMETD_TIMEOUT_MS; an ICWS event stream never ends. */
export type UpstreamAnswers = 'long-polls' | 'streams';

/** The notifier a request goes to, as a base URL (see notifier-routes.ts). */
export type ChooseNotifier = (request: { headers: { cookie?: string } }) => string;

export interface NotifierUpstream {
  /**
   * Empty: the notifier is chosen per request by `getUpstream`, so that a client's session stays on the notifier
   * that holds it. @fastify/reply-from then sends through one undici Agent, with a pool of its own per notifier.
   */
  upstream: '';
  /** The undici pool @fastify/http-proxy makes for the route, for each notifier. */
  undici: { connections: number; headersTimeout: number; bodyTimeout: number };
  getUpstream: ChooseNotifier;
  /** Awaited before getUpstream, once the request is authenticated: brings the choice's registry up to date. */
  prepare: (request: { headers: { cookie?: string } }) => Promise<void>;
}

/**
 * The notifiers, as one of the gateway's proxies reaches them. Every connected desktop holds one connection for its
 * long poll (an event stream for good), so each notifier's pool is sized for the agents, not left at undici's 128.
 * Waiting on the notifier is bounded by the same silence the gateway allows its own clients (HTTP_IDLE_TIMEOUT_MS,
 * which the notifier requires to be above its long-poll timeout): past it, the client's connection is closed
 * anyway. A stream's body has no deadline: its keep-alive comments and the client's connection bound its silences.
 */
export function notifierUpstream(
  env: Pick<GatewayEnv, 'GATEWAY_UPSTREAM_CONNECTIONS' | 'HTTP_IDLE_TIMEOUT_MS'>,
  answers: UpstreamAnswers,
  choose: ChooseNotifier,
  prepare: NotifierUpstream['prepare'],
): NotifierUpstream {
  return {
    upstream: '',
    undici: {
      connections: env.GATEWAY_UPSTREAM_CONNECTIONS,
      headersTimeout: env.HTTP_IDLE_TIMEOUT_MS,
      bodyTimeout: answers === 'streams' ? 0 : env.HTTP_IDLE_TIMEOUT_MS,
    },
    getUpstream: choose,
    prepare,
  };
}
