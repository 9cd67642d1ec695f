import { Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import { describeValidationErrors, type VccApi } from '@switchboard/contracts';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { permittedAsVcc, registerProblems, toProviderSettings } from './provider-settings.js';
import { VccAccessGuard, type VccRequest } from './vcc-access.guard.js';
import { vccErrors } from './vcc-errors.js';

type Schemas = VccApi.components['schemas'];

/** `POST /interactions/Register`: an upsert of the provider's settings. */
@SpeaksDialect(vccErrors)
@Controller('interactions')
@UseGuards(VccAccessGuard)
export class RegisterController {
  private readonly validate;

  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    validators: ContractValidators,
  ) {
    this.validate = validators.vcc.requestBody('post', '/interactions/Register');
  }

  @Post('Register')
  @HttpCode(200)
  async register(@Req() request: VccRequest): Promise<Schemas['RegisterResponse']> {
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
      throw new ApiError('unsupported_media_type', 'the body must be application/json');
    }
    const settings: unknown = request.body;
    if (!this.validate(settings)) throw new ApiError('bad_request', describeValidationErrors(this.validate.errors));
    const tenant = request.vccClient?.tenant;
    const rules = tenant === undefined ? undefined : this.directory.rules(tenant);
    if (tenant === undefined || !rules) throw new ApiError('unauthorized', 'no authenticated client');
    const problems = registerProblems(settings, rules);
    if (problems.length > 0) throw new ApiError('bad_request', problems.join('; '));
    const reply = await this.bus.request('providerRegister', tenant, toProviderSettings(settings));
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    return {
      provider: reply.provider.name,
      ...(reply.provider.endpoint === undefined ? {} : { endpoint: reply.provider.endpoint }),
      agentactionspermitted: permittedAsVcc(reply.provider),
    };
  }
}
