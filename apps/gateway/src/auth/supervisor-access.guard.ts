import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TokenSigner } from '@switchboard/auth';
import { ADMIN_SCOPE } from '../admin/admin-access.guard.js';
import { ApiError } from '../errors/api-error.js';
import { AgentAuthenticator } from './agent-authenticator.js';
import { requireBearerScope } from './bearer-claims.js';
import { CSRF_HEADER_NAME, CSRF_SAFE_METHODS, CsrfTokens } from './csrf-tokens.js';
import { TenantDirectory } from './tenant-directory.js';

/** Who supervises: a supervisor agent, or an integration client holding an admin token; either of one tenant. */
export interface Supervisor {
  tenant: string;
  /** For the audit log: `agent <username>` or `client <clientId>`. */
  who: string;
}

export type SupervisorRequest = FastifyRequest & { supervisor?: Supervisor };

/** The caller, as the guard found it: it acts on its own tenant only. */
export function supervisorOf(request: SupervisorRequest): Supervisor {
  const { supervisor } = request;
  if (supervisor === undefined) throw new ApiError('unauthorized', 'no authenticated client');
  return supervisor;
}

/**
 * The Statistics and Supervisor APIs: a bearer token with the `admin` scope, or a GWS agent (Basic credentials or its
 * session) whose role is `supervisor`; either acts on its own tenant only. Any other agent is refused (403), no
 * credentials 401. A supervisor's change (a POST) in a tenant with GWS CSRF protection must carry its session's
 * X-CSRF-TOKEN, as GWS asks of every change there: its browser session is the same.
 */
@Injectable()
export class SupervisorAccessGuard implements CanActivate {
  constructor(
    private readonly signer: TokenSigner,
    private readonly authenticator: AgentAuthenticator,
    private readonly directory: TenantDirectory,
    private readonly csrf: CsrfTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<SupervisorRequest>();
    if (/^bearer\s/i.test(request.headers.authorization ?? '')) {
      const { tenant, clientId } = await requireBearerScope(request, this.signer, ADMIN_SCOPE);
      request.supervisor = { tenant, who: `client ${clientId}` };
      return true;
    }
    const authentication = await this.authenticator.authenticate(request.headers);
    if (!authentication) {
      throw new ApiError(
        'unauthorized',
        'sign in as a supervisor (Basic credentials or a GWS session) or send an admin bearer token',
      );
    }
    if (authentication.newSession !== undefined) {
      const reply = context.switchToHttp().getResponse<FastifyReply>();
      void reply.header('set-cookie', this.authenticator.sessionCookie(authentication.newSession));
    }
    const { tenant, username } = authentication.identity;
    if (this.directory.agentIn(tenant, username)?.role !== 'supervisor') {
      throw new ApiError('forbidden', 'only supervisors and administrators of the tenant may do this');
    }
    if (!CSRF_SAFE_METHODS.has(request.method) && this.directory.rules(tenant)?.gwsCsrfProtection) {
      const token = request.headers[CSRF_HEADER_NAME.toLowerCase()];
      if (!this.csrf.matches(authentication.presentedSession, typeof token === 'string' ? token : undefined)) {
        throw new ApiError('forbidden', 'Missing or invalid Csrf token');
      }
    }
    request.supervisor = { tenant, who: `agent ${username}` };
    return true;
  }
}
