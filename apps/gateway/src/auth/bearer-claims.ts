import type { FastifyRequest } from 'fastify';
import type { AccessTokenClaims, TokenSigner } from '@switchboard/auth';
import { ApiError } from '../errors/api-error.js';

type BearerRequest = FastifyRequest & { bearerClaims?: Promise<AccessTokenClaims | undefined> };

/**
 * The claims of the request's bearer token when it verifies, else undefined. Verified once per request: the rate
 * limiter (which keys on the client) and the access guards both ask.
 */
export function bearerClaimsOf(request: FastifyRequest, signer: TokenSigner): Promise<AccessTokenClaims | undefined> {
  const memo = request as BearerRequest;
  if (memo.bearerClaims === undefined) {
    const token = /^bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    memo.bearerClaims = token === undefined ? Promise.resolve(undefined) : signer.verify('vcc-access-token', token);
  }
  return memo.bearerClaims;
}

/** The verified claims of the request's bearer token, which must carry `scope`: 401 without a valid token, 403 without the scope. */
export async function requireBearerScope(
  request: FastifyRequest,
  signer: TokenSigner,
  scope: string,
): Promise<AccessTokenClaims> {
  if (!/^bearer\s+\S+$/i.test(request.headers.authorization ?? '')) {
    throw new ApiError('unauthorized', 'a bearer token is required: get one from POST /Auth/connect/token');
  }
  const claims = await bearerClaimsOf(request, signer);
  if (!claims) throw new ApiError('unauthorized', 'the bearer token is invalid or has expired');
  if (!claims.scopes.includes(scope)) throw new ApiError('forbidden', `the token lacks the scope ${scope}`);
  return claims;
}
