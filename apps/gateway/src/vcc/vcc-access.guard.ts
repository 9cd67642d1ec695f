import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { TokenSigner, type AccessTokenClaims } from '@switchboard/auth';
import { requireBearerScope } from '../auth/bearer-claims.js';
import { checkAcceptVersion } from './accept-version.js';

export const INTERACTIONS_SCOPE = 'interactions:write';

export type VccRequest = FastifyRequest & { vccClient?: AccessTokenClaims };

/** Every Interactions API call: a valid bearer token (401), with `interactions:write` (403), and Accept v1 (400). */
@Injectable()
export class VccAccessGuard implements CanActivate {
  constructor(private readonly signer: TokenSigner) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<VccRequest>();
    request.vccClient = await requireBearerScope(request, this.signer, INTERACTIONS_SCOPE);
    checkAcceptVersion(request.headers.accept);
    return true;
  }
}
