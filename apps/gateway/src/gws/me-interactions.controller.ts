import { Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import type { AgentIdentity } from '@switchboard/auth';
import { BusClient } from '@switchboard/bus';
import type { CommandFailure, GwsApi } from '@switchboard/contracts';
import { agentStateOf, interactionResource } from '@switchboard/gws-dialect';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { validBody } from '../errors/valid-body.js';
import { GwsAgentGuard, type GwsRequest } from './gws-agent.guard.js';
import { gwsErrors } from './gws-errors.js';
import { agentOf, gwsStatusOf } from './gws-status.js';
import { ReferenceIds } from './reference-ids.js';

type Schemas = GwsApi.components['schemas'];
type Operation = Schemas['InteractionOperation'];

const missing = (name: string): ApiError => new ApiError('missing_parameter', `Parameter '${name}' is missing`);

/** `/api/v2/me/interactions`: what the agent is offered or handles, and its operations on them. */
@SpeaksDialect(gwsErrors)
@Controller('api/v2/me/interactions')
@UseGuards(GwsAgentGuard)
export class MeInteractionsController {
  private readonly validateOperation;
  private readonly validateCollectionOperation;

  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    private readonly referenceIds: ReferenceIds,
    validators: ContractValidators,
  ) {
    this.validateOperation = validators.gws.requestBody('post', '/api/v2/me/interactions/{id}');
    this.validateCollectionOperation = validators.gws.requestBody('post', '/api/v2/me/interactions');
  }

  @Get()
  async list(@Req() request: GwsRequest, @Query('fields') fields: string | undefined) {
    const identity = agentOf(request);
    const reply = await this.bus.request('agentInteractions', identity.tenant, { agentId: identity.agentId });
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    if (fields === '*') {
      const interactions = reply.interactions.map(({ interaction, status, permitted }) =>
        interactionResource(interaction, agentStateOf(status), permitted),
      );
      return { statusCode: 0 as const, interactions };
    }
    const base = `${request.protocol}://${request.headers.host ?? 'localhost'}/api/v2/interactions`;
    return { statusCode: 0 as const, uris: reply.interactions.map(({ interaction }) => `${base}/${interaction.id}`) };
  }

  /** GetWorkbinContent, which concerns no interaction; the seed documents it on the item path too. */
  @Post()
  @HttpCode(200)
  async operateOnCollection(@Req() request: GwsRequest): Promise<Schemas['StatusResponse']> {
    const operation = validBody(this.validateCollectionOperation, request.body);
    if (operation.operationName !== 'GetWorkbinContent') {
      return {
        statusCode: 2,
        statusMessage: `${operation.operationName} needs an interaction: POST /api/v2/me/interactions/{id}`,
      };
    }
    const referenceId = this.referenceIds.next();
    return gwsStatusOf(await this.perform(agentOf(request), '', operation, referenceId), referenceId);
  }

  @Post(':id')
  @HttpCode(200)
  async operate(@Req() request: GwsRequest, @Param('id') interactionId: string): Promise<Schemas['StatusResponse']> {
    const operation = validBody(this.validateOperation, request.body);
    const referenceId = this.referenceIds.next();
    return gwsStatusOf(await this.perform(agentOf(request), interactionId, operation, referenceId), referenceId);
  }

  private perform(
    identity: AgentIdentity,
    interactionId: string,
    operation: Operation,
    referenceId: number,
  ): Promise<{ ok: true } | CommandFailure> {
    const command = { interactionId, agentId: identity.agentId, referenceId };
    const workbin = (op: 'place' | 'list') => {
      if (operation.workbin === undefined) throw missing('workbin');
      const target = op === 'place' ? { interactionId } : {};
      return this.bus.request('agentWorkbin', identity.tenant, {
        agentId: identity.agentId,
        referenceId,
        operation: op,
        workbin: operation.workbin,
        ...target,
      });
    };
    switch (operation.operationName) {
      case 'Accept':
        return this.bus.request('interactionAccept', identity.tenant, command);
      case 'Reject':
        return this.bus.request('interactionReject', identity.tenant, command);
      case 'Cancel':
        return this.bus.request('interactionCancel', identity.tenant, command);
      case 'Retrieve':
        return this.bus.request('interactionRetrieve', identity.tenant, command);
      case 'Complete':
      case 'StopProcessing':
        // With a queue named, the work goes on there (8.5.2 workitems): the agent sees it Completed either way.
        if (operation.queueName !== undefined)
          return this.bus.request('interactionTransferToRoute', identity.tenant, {
            ...command,
            route: operation.queueName,
          });
        return this.bus.request('interactionComplete', identity.tenant, command);
      case 'PlaceInQueue':
        if (operation.queueName === undefined) throw missing('queueName');
        return this.bus.request('interactionTransferToRoute', identity.tenant, {
          ...command,
          route: operation.queueName,
        });
      case 'PlaceInWorkbin':
        return workbin('place');
      case 'GetWorkbinContent':
        return workbin('list');
      case 'AttachUserData':
      case 'UpdateUserData':
      case 'DeleteUserData': {
        if (operation.userData === undefined) throw missing('userData');
        const change = { AttachUserData: 'attach', UpdateUserData: 'update', DeleteUserData: 'delete' } as const;
        return this.bus.request('interactionUserData', identity.tenant, {
          ...command,
          operation: change[operation.operationName],
          userData: operation.userData,
        });
      }
      case 'SingleStepTransfer':
      case 'Transfer': {
        if (operation.userId === undefined) throw missing('userId');
        // userId is the agent's id; its username is accepted too.
        const targetAgentId = this.directory.agentIn(identity.tenant, operation.userId)?.id ?? operation.userId;
        return this.bus.request('interactionTransferToAgent', identity.tenant, { ...command, targetAgentId });
      }
    }
  }
}
