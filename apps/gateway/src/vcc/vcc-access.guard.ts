import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { TokenSigner, type AccessTokenClaims } from '@switchboard/auth';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error.js';
import { checkAcceptVersion } from './accept-version.js';

export const INTERACTIONS_SCOPE = 'interactions:write';

export type VccRequest = FastifyRequest & { vccClient?: AccessTokenClaims };

/** Every Interactions API call: a valid bearer token (401), with `interactions:write` (403), and Accept v1 (400). */
@Injectable()
export class VccAccessGuard implements CanActivate {
  constructor(private readonly signer: TokenSigner) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<VccRequest>();
    const token = /^bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new ApiError('unauthorized', 'a bearer token is required: get one from POST /Auth/connect/token');
    const claims = await this.signer.verify('vcc-access-token', token);
    if (!claims) throw new ApiError('unauthorized', 'the bearer token is invalid or has expired');
    if (!claims.scopes.includes(INTERACTIONS_SCOPE)) {
      throw new ApiError('forbidden', `the token lacks the scope ${INTERACTIONS_SCOPE}`);
    }
    checkAcceptVersion(request.headers.accept);
    request.vccClient = claims;
    return true;
  }
}
