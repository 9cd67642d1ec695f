import { Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import { describeValidationErrors, type DomainErrorCode, type GwsApi, type InteractionCommandReply } from '@switchboard/contracts';
import { interactionStateMessage } from '@switchboard/gws-dialect';
import type { AgentIdentity } from '@switchboard/auth';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { GwsAgentGuard, type GwsRequest } from './gws-agent.guard.js';

type Schemas = GwsApi.components['schemas'];
type Operation = Schemas['InteractionOperation'];

/** GWS status codes for the domain's refusals (reference B3); someone else's interaction is simply not found. */
const STATUS_CODE_OF: Partial<Record<DomainErrorCode, Schemas['StatusCode']>> = {
  invalid_state: 2,
  offer_expired: 2,
  target_unavailable: 2,
  action_not_permitted: 3,
  interaction_not_found: 6,
  not_offered_to_agent: 6,
  agent_not_found: 6,
  route_not_found: 6,
};

/** `/api/v2/me/interactions`: what the agent is offered or handles, and its operations on them. */
@Controller('api/v2/me/interactions')
@UseGuards(GwsAgentGuard)
export class MeInteractionsController {
  private readonly validateOperation;
  private lastReferenceId = Math.floor(Math.random() * 1_000_000);

  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    validators: ContractValidators,
  ) {
    this.validateOperation = validators.gws.requestBody('post', '/api/v2/me/interactions/{id}');
  }

  @Get()
  async list(@Req() request: GwsRequest, @Query('fields') fields: string | undefined) {
    const identity = identityOf(request);
    const reply = await this.bus.request('agentInteractions', identity.tenant, { agentId: identity.agentId });
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    if (fields === '*') {
      const interactions = reply.interactions.map(({ interaction, status, permitted }) => {
        const { eventId: _eventId, ...resource } = interactionStateMessage('', interaction, status === 'offered' ? 'Invited' : 'Processing', permitted);
        return resource as Schemas['Interaction'];
      });
      return { statusCode: 0 as const, interactions };
    }
    const base = `${request.protocol}://${request.headers.host ?? 'localhost'}/api/v2/interactions`;
    return { statusCode: 0 as const, uris: reply.interactions.map(({ interaction }) => `${base}/${interaction.id}`) };
  }

  @Post(':id')
  @HttpCode(200)
  async operate(@Req() request: GwsRequest, @Param('id') interactionId: string): Promise<Schemas['StatusResponse']> {
    const identity = identityOf(request);
    const body: unknown = request.body;
    if (!this.validateOperation(body)) {
      const missing = this.validateOperation.errors?.some((e) => e.keyword === 'required');
      throw new ApiError(missing ? 'missing_parameter' : 'bad_request', describeValidationErrors(this.validateOperation.errors));
    }
    const referenceId = this.nextReferenceId();
    const reply = await this.perform(identity, interactionId, body as Operation, referenceId);
    if (reply.ok) return { statusCode: 0, status: 'ok', referenceId };
    const statusCode = STATUS_CODE_OF[reply.error.code];
    if (statusCode === undefined) throw new ApiError('internal', reply.error.message);
    return { statusCode, statusMessage: reply.error.message };
  }

  /** Unique enough per gateway: a desktop only ever matches it against its own requests' notifications. */
  private nextReferenceId(): number {
    this.lastReferenceId = (this.lastReferenceId + 1) % 2 ** 31;
    return this.lastReferenceId;
  }

  private perform(identity: AgentIdentity, interactionId: string, operation: Operation, referenceId: number): Promise<InteractionCommandReply> {
    const command = { interactionId, agentId: identity.agentId, referenceId };
    switch (operation.operationName) {
      case 'Accept':
        return this.bus.request('interactionAccept', identity.tenant, command);
      case 'Reject':
        return this.bus.request('interactionReject', identity.tenant, command);
      case 'Complete':
      case 'StopProcessing':
        return this.bus.request('interactionComplete', identity.tenant, command);
      case 'PlaceInQueue':
        if (operation.queueName === undefined) throw new ApiError('missing_parameter', "Parameter 'queueName' is missing");
        return this.bus.request('interactionTransferToRoute', identity.tenant, { ...command, route: operation.queueName });
      case 'AttachUserData':
      case 'UpdateUserData':
      case 'DeleteUserData': {
        if (operation.userData === undefined) throw new ApiError('missing_parameter', "Parameter 'userData' is missing");
        const change = { AttachUserData: 'attach', UpdateUserData: 'update', DeleteUserData: 'delete' } as const;
        return this.bus.request('interactionUserData', identity.tenant, {
          ...command,
          operation: change[operation.operationName],
          userData: operation.userData,
        });
      }
      case 'SingleStepTransfer':
      case 'Transfer': {
        if (operation.userId === undefined) throw new ApiError('missing_parameter', "Parameter 'userId' is missing");
        // userId is the agent's id; its username is accepted too.
        const byName = this.directory.agent(operation.userId);
        const targetAgentId = byName && byName.tenant === identity.tenant ? byName.id : operation.userId;
        return this.bus.request('interactionTransferToAgent', identity.tenant, { ...command, targetAgentId });
      }
    }
  }
}

function identityOf(request: GwsRequest): AgentIdentity {
  if (!request.agent) throw new ApiError('unauthorized', 'Access denied');
  return request.agent;
}
