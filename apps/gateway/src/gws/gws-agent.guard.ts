import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AgentIdentity } from '@switchboard/auth';
import { AgentAuthenticator } from '../auth/agent-authenticator.js';
import { CSRF_HEADER_NAME, CSRF_SAFE_METHODS, CsrfTokens } from '../auth/csrf-tokens.js';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ApiError } from '../errors/api-error.js';

export type GwsRequest = FastifyRequest & { agent?: AgentIdentity };

/**
 * GWS calls: Basic credentials or the JSESSIONID cookie; a Basic sign-in is handed a session cookie. Where the
 * tenant turns CSRF protection on, every GET hands out the session's token (X-CSRF-HEADER names the header,
 * X-CSRF-TOKEN carries it) and every other call must send it back with its session cookie, or gets 403.
 */
@Injectable()
export class GwsAgentGuard implements CanActivate {
  constructor(
    private readonly authenticator: AgentAuthenticator,
    private readonly directory: TenantDirectory,
    private readonly csrf: CsrfTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GwsRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const authentication = await this.authenticator.authenticate(request.headers);
    if (!authentication)
      throw new ApiError('unauthorized', 'Access denied: sign in with Basic credentials or a session');
    if (authentication.newSession !== undefined) {
      void reply.header('set-cookie', this.authenticator.sessionCookie(authentication.newSession));
    }
    if (this.directory.rules(authentication.identity.tenant)?.gwsCsrfProtection) {
      if (CSRF_SAFE_METHODS.has(request.method)) {
        const session = authentication.newSession ?? authentication.presentedSession;
        if (session !== undefined)
          void reply.header('X-CSRF-HEADER', CSRF_HEADER_NAME).header(CSRF_HEADER_NAME, this.csrf.tokenFor(session));
      } else {
        const token = request.headers[CSRF_HEADER_NAME.toLowerCase()];
        if (!this.csrf.matches(authentication.presentedSession, typeof token === 'string' ? token : undefined)) {
          throw new ApiError('forbidden', 'Missing or invalid Csrf token');
        }
      }
    }
    request.agent = authentication.identity;
    return true;
  }
}
