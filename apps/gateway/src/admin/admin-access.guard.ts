import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { TokenSigner, type AccessTokenClaims } from '@switchboard/auth';
import type { FastifyRequest } from 'fastify';
import { requireBearerScope } from '../auth/bearer-claims.js';

export const ADMIN_SCOPE = 'admin';

export type AdminRequest = FastifyRequest & { admin?: AccessTokenClaims };

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
