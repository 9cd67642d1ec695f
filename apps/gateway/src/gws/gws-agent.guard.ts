import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { AgentIdentity } from '@switchboard/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AgentAuthenticator } from '../auth/agent-authenticator.js';
import { ApiError } from '../errors/api-error.js';

export type GwsRequest = FastifyRequest & { agent?: AgentIdentity };

/** GWS calls: Basic credentials or the JSESSIONID cookie; a Basic sign-in is handed a session cookie. */
@Injectable()
export class GwsAgentGuard implements CanActivate {
  constructor(private readonly authenticator: AgentAuthenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GwsRequest>();
    const authentication = await this.authenticator.authenticate(request.headers);
    if (!authentication) throw new ApiError('unauthorized', 'Access denied: sign in with Basic credentials or a session');
    if (authentication.newSession !== undefined) {
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('set-cookie', this.authenticator.sessionCookie(authentication.newSession));
    }
    request.agent = authentication.identity;
    return true;
  }
}
