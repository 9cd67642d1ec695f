import proxy from '@fastify/http-proxy';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TokenSigner } from '@switchboard/auth';
import { COMETD_PATH, IDENTITY_HEADER } from '@switchboard/contracts';
import { AgentAuthenticator, SESSION_COOKIE } from '../auth/agent-authenticator.js';
import { withoutCookie } from '../auth/cookies.js';
import { ApiError } from '../errors/api-error.js';
import { gwsErrors } from '../gws/gws-errors.js';
import type { NotifierUpstream } from '../notifier-upstream.js';

/** The path some GWS clients use for the same endpoint. */
export const NOTIFICATIONS_ALIAS = '/genesys/cometd';
const IDENTITY_TTL_SECONDS = 60;

type ProxiedRequest = FastifyRequest & { identityToken?: string };

/**
 * CometD is served by the notifier and reached through the gateway's port. The gateway authenticates the agent
 * (Basic or session cookie) on every request and forwards a short-lived identity signed for the notifier (the
 * same token for an agent while half its lifetime remains: signing per poll cost as much as verifying);
 * the agent's own credentials are not forwarded.
 */
export async function registerNotificationsProxy(
  app: NestFastifyApplication,
  notifier: NotifierUpstream,
): Promise<void> {
  const authenticator = app.get(AgentAuthenticator);
  const signer = app.get(TokenSigner);
  for (const prefix of [COMETD_PATH, NOTIFICATIONS_ALIAS]) {
    await app.register(proxy, {
      upstream: notifier.upstream,
      undici: notifier.undici,
      prefix,
      rewritePrefix: COMETD_PATH,
      // its alias /genesys/cometd included: GWS clients read GWS errors, whatever the path they came by
      config: { errorProfile: gwsErrors },
      // Fastify awaits an async hook; the plugin's type only declares the callback form.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      preHandler: async (request: ProxiedRequest, reply: FastifyReply) => {
        const authentication = await authenticator.authenticate(request.headers, { issueSession: false });
        if (!authentication) {
          const rendered = gwsErrors.render(
            new ApiError('unauthorized', 'Access denied: sign in to receive notifications'),
          );
          await reply.code(rendered.status).headers(rendered.headers).send(rendered.body);
          return;
        }
        request.identityToken = await signer.signReused(
          'notifier-identity',
          authentication.identity,
          IDENTITY_TTL_SECONDS,
        );
        await notifier.prepare(request);
      },
      replyOptions: {
        getUpstream: notifier.getUpstream,
        onError: notifier.onError,
        rewriteRequestHeaders: (request, headers) => {
          // The agent's credentials stay here; an identity header sent by the client is replaced, never trusted.
          const forwarded = { ...headers, [IDENTITY_HEADER]: (request as ProxiedRequest).identityToken ?? '' };
          delete forwarded.authorization;
          // the session cookie is a 12-hour credential too; CometD's own cookies (BAYEUX_BROWSER) go on
          const cookies = withoutCookie(headers.cookie, SESSION_COOKIE);
          if (cookies === undefined) delete forwarded.cookie;
          else forwarded.cookie = cookies;
          return forwarded;
        },
      },
    });
  }
}
