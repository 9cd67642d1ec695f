import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { TokenSigner, type AccessTokenClaims } from '@switchboard/auth';
import { requireBearerScope } from '../auth/bearer-claims.js';
import { ApiError } from '../errors/api-error.js';

export const ADMIN_SCOPE = 'admin';

export type AdminRequest = FastifyRequest & { admin?: AccessTokenClaims };

/** The tenant the admin token belongs to: an admin acts on its own tenant only. */
export function adminTenant(request: AdminRequest): string {
  const tenant = request.admin?.tenant;
  if (tenant === undefined) throw new ApiError('unauthorized', 'no authenticated client');
  return tenant;
}

/** The admin API: a bearer token with the `admin` scope, acting on its own tenant only. */
@Injectable()
export class AdminAccessGuard implements CanActivate {
  constructor(private readonly signer: TokenSigner) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AdminRequest>();
    request.admin = await requireBearerScope(request, this.signer, ADMIN_SCOPE);
    return true;
  }
}
