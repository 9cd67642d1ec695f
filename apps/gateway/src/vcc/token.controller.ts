import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { TokenSigner } from '@switchboard/auth';
import type { VccApi } from '@switchboard/contracts';
import { AuthFailures } from '../auth/auth-failures.js';
import { SecretVerifier } from '../auth/secret-verifier.js';
import { sourceAddress } from '../auth/source-address.js';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { oauthErrors } from './oauth-errors.js';

type TokenResponse = VccApi.components['schemas']['TokenResponse'];

/** Fixed by the vendor: tokens last two hours and clients re-fetch on 401. */
export const TOKEN_TTL_SECONDS = 7200;

const refuse = (code: string, description: string): ApiError => new ApiError('bad_request', description, { code });

/** OAuth2 client credentials, form-encoded only, with the error bodies of the VCC Authentication API. */
@SpeaksDialect(oauthErrors)
@Controller()
export class TokenController {
  constructor(
    private readonly directory: TenantDirectory,
    private readonly verifier: SecretVerifier,
    private readonly signer: TokenSigner,
    private readonly failures: AuthFailures,
  ) {}

  @Post('Auth/connect/token')
  @HttpCode(200)
  async issue(@Req() request: FastifyRequest): Promise<TokenResponse> {
    if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      throw refuse('invalid_request', 'the body must be form-encoded (application/x-www-form-urlencoded)');
    }
    const form = (request.body ?? {}) as Record<string, unknown>;
    const field = (name: string): string | undefined => (typeof form[name] === 'string' ? form[name] : undefined);
    if (field('grant_type') !== 'client_credentials') throw refuse('unsupported_grant_type', 'Invalid grant_type');
    const scope = field('scope')?.trim();
    if (!scope) throw refuse('invalid_scope', 'You must specify a scope');
    const clientId = field('client_id');
    const client = clientId === undefined ? undefined : this.directory.client(clientId);
    const secret = field('client_secret') ?? '';
    if (!client || !(await this.verifier.verify(secret, client.secretHash))) {
      this.failures.record(sourceAddress(request));
      throw refuse('invalid_client', 'unknown client or wrong client_secret');
    }
    const scopes = scope.split(/\s+/);
    const invalid = scopes.find((requested) => !client.scopes.includes(requested));
    if (invalid !== undefined) throw refuse('invalid_scope', `"${invalid}" is an invalid scope`);
    const accessToken = await this.signer.sign(
      'vcc-access-token',
      { tenant: client.tenant, clientId: client.clientId, scopes },
      TOKEN_TTL_SECONDS,
    );
    return { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_TTL_SECONDS };
  }
}
