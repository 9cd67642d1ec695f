import { Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import { describeValidationErrors, type VccApi } from '@switchboard/contracts';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { toDispatchCommand, toInteractionResult, toReleaseCommand, type VccInteractionResult } from './invocation-mapper.js';
import { normalizeInvocationKeys } from './normalize-keys.js';
import { unknownReferences } from './unknown-references.js';
import { VccAccessGuard, type VccRequest } from './vcc-access.guard.js';

type Invocation = VccApi.components['schemas']['Invocation'];
type InvokeResponse = VccApi.components['schemas']['InvokeResponse'];

/**
 * `POST /interactions/Invoke`: validates the whole Invocation against the contract first (nothing is acted on
 * when any part is malformed), then processes its requests in order, each with its own outcome.
 */
@Controller('interactions')
@UseGuards(VccAccessGuard)
export class InvokeController {
  private readonly validate;

  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    validators: ContractValidators,
  ) {
    this.validate = validators.vcc.requestBody('post', '/interactions/Invoke');
  }

  @Post('Invoke')
  @HttpCode(200)
  async invoke(@Req() request: VccRequest): Promise<InvokeResponse> {
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
      throw new ApiError('unsupported_media_type', 'the body must be application/json');
    }
    const body = normalizeInvocationKeys(request.body);
    if (!this.validate(body)) throw new ApiError('bad_request', describeValidationErrors(this.validate.errors));
    const invocation = body as Invocation;
    const tenant = request.vccClient?.tenant;
    const rules = tenant === undefined ? undefined : this.directory.rules(tenant);
    if (tenant === undefined || !rules) throw new ApiError('unauthorized', 'no authenticated client');
    const unknown = unknownReferences(invocation, rules);
    if (unknown.length > 0) throw new ApiError('bad_request', unknown.join('; '));
    const results: VccInteractionResult[] = [];
    for (const [index, item] of invocation.requests.entries()) {
      const reply =
        item.action === 'release'
          ? await this.bus.request('interactionRelease', tenant, toReleaseCommand(item, invocation.provider))
          : await this.bus.request('interactionDispatch', tenant, toDispatchCommand(item, invocation.provider));
      results.push(toInteractionResult(index, item, reply));
    }
    return { results };
  }
}
