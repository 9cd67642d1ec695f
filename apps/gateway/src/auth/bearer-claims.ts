import type { AccessTokenClaims, TokenSigner } from '@switchboard/auth';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error.js';

/** The verified claims of the request's bearer token, which must carry `scope`: 401 without a valid token, 403 without the scope. */
export async function requireBearerScope(request: FastifyRequest, signer: TokenSigner, scope: string): Promise<AccessTokenClaims> {
  const token = /^bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!token) throw new ApiError('unauthorized', 'a bearer token is required: get one from POST /Auth/connect/token');
  const claims = await signer.verify('vcc-access-token', token);
  if (!claims) throw new ApiError('unauthorized', 'the bearer token is invalid or has expired');
  if (!claims.scopes.includes(scope)) throw new ApiError('forbidden', `the token lacks the scope ${scope}`);
  return claims;
}
