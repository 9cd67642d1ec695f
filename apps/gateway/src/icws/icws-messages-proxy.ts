import proxy from '@fastify/http-proxy';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TokenSigner } from '@switchboard/auth';
import { ICWS_MESSAGES_PATH, IDENTITY_HEADER } from '@switchboard/contracts';
import { withoutCookie } from '../auth/cookies.js';
import { toApiError } from '../errors/to-api-error.js';
import type { NotifierUpstream } from '../notifier-upstream.js';
import { icwsErrors } from './icws-errors.js';
import { CSRF_HEADER, IcwsSessions } from './icws-sessions.js';
import { cookieNameOf } from './session-secrets.js';

export const ICWS_MESSAGES_ROUTE = '/icws/:sessionId/messaging/messages';
const IDENTITY_TTL_SECONDS = 60;

type ProxiedRequest = FastifyRequest & { identityToken?: string };

const sessionIdOf = (request: { params: unknown }): string =>
  (request.params as { sessionId?: string }).sessionId ?? '';

const wantsEventStream = (request: FastifyRequest): boolean =>
  /\btext\/event-stream\b/i.test(request.headers.accept ?? '');

/**
 * An ICWS session's messages are held by the notifier. The gateway checks the session (a browser's EventSource
 * cannot send the CSRF header, so the server-sent-event form may leave it out) and forwards the request with a
 * short-lived identity of the session signed for the notifier, and none of the client's credentials. The answer
 * streams through unbuffered, so server-sent events arrive as they are sent.
 */
export async function registerIcwsMessagesProxy(
  app: NestFastifyApplication,
  notifier: NotifierUpstream,
): Promise<void> {
  const sessions = app.get(IcwsSessions);
  const signer = app.get(TokenSigner);
  await app.register(proxy, {
    upstream: notifier.upstream,
    undici: notifier.undici,
    prefix: ICWS_MESSAGES_ROUTE,
    rewritePrefix: ICWS_MESSAGES_PATH,
    httpMethods: ['GET'],
    config: { errorProfile: icwsErrors },
    // Fastify awaits an async hook; the plugin's type only declares the callback form.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    preHandler: async (request: ProxiedRequest, reply: FastifyReply) => {
      try {
        const sessionId = sessionIdOf(request);
        const { tenant, agentId, username } = await sessions.authenticate(sessionId, request.headers, {
          csrfOptional: wantsEventStream(request),
        });
        request.identityToken = await signer.signReused(
          'icws-messaging',
          { tenant, agentId, username, sessionId },
          IDENTITY_TTL_SECONDS,
        );
        await notifier.prepare(request);
      } catch (error) {
        const rendered = icwsErrors.render(toApiError(error));
        await reply.code(rendered.status).headers(rendered.headers).send(rendered.body);
      }
    },
    replyOptions: {
      getUpstream: notifier.getUpstream,
      onError: notifier.onError,
      rewriteRequestHeaders: (request, headers) => {
        // The session's secrets stay here; an identity header sent by the client is replaced, never trusted.
        const forwarded: Record<string, string | string[] | undefined> = Object.fromEntries(
          Object.entries({ ...headers, [IDENTITY_HEADER]: (request as ProxiedRequest).identityToken ?? '' }).filter(
            ([name]) => name !== CSRF_HEADER,
          ),
        );
        const cookies = withoutCookie(headers.cookie, cookieNameOf(sessionIdOf(request)));
        if (cookies === undefined) delete forwarded.cookie;
        else forwarded.cookie = cookies;
        return forwarded;
      },
    },
  });
}
