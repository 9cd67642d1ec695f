import { Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import { describeValidationErrors, type InteractionCommandReply, type VccApi } from '@switchboard/contracts';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import {
  toDispatchCommand,
  toInteractionResult,
  toReleaseCommand,
  type VccInteractionResult,
} from './invocation-mapper.js';
import { invokeChunks } from './invoke-chunks.js';
import { normalizeInvocationKeys } from './normalize-keys.js';
import { unknownReferences } from './unknown-references.js';
import { VccAccessGuard, type VccRequest } from './vcc-access.guard.js';
import { vccErrors } from './vcc-errors.js';

type InvokeResponse = VccApi.components['schemas']['InvokeResponse'];

/**
 * `POST /interactions/Invoke`: validates the whole Invocation against the contract first (nothing is acted on
 * when any part is malformed), then processes its requests in order, each with its own outcome.
 */
@SpeaksDialect(vccErrors)
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
    const invocation = normalizeInvocationKeys(request.body);
    if (!this.validate(invocation)) throw new ApiError('bad_request', describeValidationErrors(this.validate.errors));
    const tenant = request.vccClient?.tenant;
    const rules = tenant === undefined ? undefined : this.directory.rules(tenant);
    if (tenant === undefined || !rules) throw new ApiError('unauthorized', 'no authenticated client');
    const unknown = unknownReferences(invocation, rules);
    if (unknown.length > 0) throw new ApiError('bad_request', unknown.join('; '));
    const items = invocation.requests.map((item) =>
      item.action === 'release'
        ? { release: toReleaseCommand(item, invocation.provider) }
        : { dispatch: toDispatchCommand(item, invocation.provider) },
    );
    // a few bus commands, one after another (so the requests stay in order), each one turn and one append of the tenant
    const replies: InteractionCommandReply[] = [];
    for (const chunk of invokeChunks(items)) {
      const reply = await this.bus.request('interactionInvoke', tenant, { items: chunk });
      // the whole command failed (the log did not confirm it): the call's outcome is unknown, as a timeout's would be;
      // the requests already answered are remembered by requestid, so a retry of the whole call settles it
      if (!reply.ok) throw domainFailure(reply);
      replies.push(...reply.results);
    }
    const results: VccInteractionResult[] = invocation.requests.map((item, index) =>
      toInteractionResult(
        index,
        item,
        replies[index] ?? { ok: false, error: { code: 'internal_error', message: 'no reply for this request' } },
      ),
    );
    return { results };
  }
}
