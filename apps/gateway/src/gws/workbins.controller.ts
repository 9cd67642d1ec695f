import { Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import type { GwsApi } from '@switchboard/contracts';
import { interactionResource } from '@switchboard/gws-dialect';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { validBody } from '../errors/valid-body.js';
import { GwsAgentGuard, type GwsRequest } from './gws-agent.guard.js';
import { gwsErrors } from './gws-errors.js';
import { agentOf, gwsStatusOf } from './gws-status.js';
import { ReferenceIds } from './reference-ids.js';

type Schemas = GwsApi.components['schemas'];

/**
 * Workbins as GWS 8.5.2 serves them: an agent lists its workbins and their content, subscribes to their
 * changes (notifications on `/v2/me/workbins`), and adds an interaction it handles or pulls one out. A
 * workbin's id is its name; an agent workbin is always the caller's own.
 */
@SpeaksDialect(gwsErrors)
@Controller('api/v2')
@UseGuards(GwsAgentGuard)
export class WorkbinsController {
  private readonly validateSubscription;
  private readonly validateOperation;

  constructor(
    private readonly bus: BusClient,
    private readonly referenceIds: ReferenceIds,
    validators: ContractValidators,
  ) {
    this.validateSubscription = validators.gws.requestBody('post', '/api/v2/me/workbins/{id}');
    this.validateOperation = validators.gws.requestBody('post', '/api/v2/workbins/{id}');
  }

  @Get('me/workbins')
  async list(@Req() request: GwsRequest): Promise<{ statusCode: 0; workbins: Schemas['Workbin'][] }> {
    const workbins = await this.workbinsOf(request);
    return {
      statusCode: 0,
      workbins: workbins.map(({ name, scope, queue }) => ({
        id: name,
        workbinName: name,
        workbinType: scope,
        ...(queue === undefined ? {} : { queue }),
      })),
    };
  }

  @Get('workbins/:id/workitems')
  async content(
    @Req() request: GwsRequest,
    @Param('id') id: string,
  ): Promise<{ statusCode: 0; workitems: Schemas['Interaction'][] }> {
    const workbin = (await this.workbinsOf(request)).find(({ name }) => name.toLowerCase() === id.toLowerCase());
    if (!workbin) throw new ApiError('not_found', `no workbin "${id}"`);
    const workitems = workbin.interactions.map((interaction) =>
      interactionResource(interaction, 'InWorkbin', undefined, { workbin: workbin.name }),
    );
    return { statusCode: 0, workitems };
  }

  @Post('me/workbins/:id')
  @HttpCode(200)
  async subscribe(@Req() request: GwsRequest, @Param('id') workbin: string): Promise<Schemas['StatusResponse']> {
    const { operationName } = validBody(this.validateSubscription, request.body);
    const identity = agentOf(request);
    const referenceId = this.referenceIds.next();
    const operation = operationName === 'Subscribe' ? 'subscribe' : 'unsubscribe';
    const reply = await this.bus.request('agentWorkbin', identity.tenant, {
      agentId: identity.agentId,
      referenceId,
      operation,
      workbin,
    });
    return gwsStatusOf(reply, referenceId);
  }

  @Post('workbins/:id')
  @HttpCode(200)
  async operate(@Req() request: GwsRequest, @Param('id') workbin: string): Promise<Schemas['StatusResponse']> {
    const { operationName, id: interactionId } = validBody(this.validateOperation, request.body);
    const identity = agentOf(request);
    const referenceId = this.referenceIds.next();
    const operation = operationName === 'AddWorkitem' ? 'place' : 'pull';
    const reply = await this.bus.request('agentWorkbin', identity.tenant, {
      agentId: identity.agentId,
      referenceId,
      operation,
      workbin,
      interactionId,
    });
    return gwsStatusOf(reply, referenceId);
  }

  private async workbinsOf(request: GwsRequest) {
    const identity = agentOf(request);
    const reply = await this.bus.request('agentWorkbins', identity.tenant, { agentId: identity.agentId });
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    return reply.workbins;
  }
}
