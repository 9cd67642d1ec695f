import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TokenSigner } from '@switchboard/auth';
import { ADMIN_SCOPE } from '../admin/admin-access.guard.js';
import { AgentAuthenticator } from '../auth/agent-authenticator.js';
import { requireBearerScope } from '../auth/bearer-claims.js';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ApiError } from '../errors/api-error.js';

export type StatisticsRequest = FastifyRequest & { statisticsTenant?: string };

/** The tenant whose statistics the request may read: its own, as the guard found it. */
export function statisticsTenant(request: StatisticsRequest): string {
  const tenant = request.statisticsTenant;
  if (tenant === undefined) throw new ApiError('unauthorized', 'no authenticated client');
  return tenant;
}

/**
 * The Statistics API: a bearer token with the `admin` scope, or a GWS agent (Basic credentials or its session) whose
 * role is `supervisor`; either reads its own tenant only. Any other agent is refused (403), no credentials 401.
 */
@Injectable()
export class StatisticsAccessGuard implements CanActivate {
  constructor(
    private readonly signer: TokenSigner,
    private readonly authenticator: AgentAuthenticator,
    private readonly directory: TenantDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StatisticsRequest>();
    if (/^bearer\s/i.test(request.headers.authorization ?? '')) {
      request.statisticsTenant = (await requireBearerScope(request, this.signer, ADMIN_SCOPE)).tenant;
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
      throw new ApiError('forbidden', 'only supervisors and administrators may read the statistics');
    }
    request.statisticsTenant = tenant;
    return true;
  }
}
