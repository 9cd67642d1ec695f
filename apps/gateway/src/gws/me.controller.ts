import { Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import {
  describeValidationErrors,
  type AgentReply,
  type AgentStateChange,
  type GwsApi,
  type ValidateFunction,
} from '@switchboard/contracts';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { GwsAgentGuard, type GwsRequest } from './gws-agent.guard.js';

type Schemas = GwsApi.components['schemas'];
type MeOperation = Schemas['MeOperation'];

const CHANGE_OF: Record<MeOperation['operationName'], AgentStateChange> = {
  StartContactCenterSession: 'login',
  EndContactCenterSession: 'logout',
  Ready: 'ready',
  NotReady: 'not-ready',
};

/** GWS status codes for the domain's refusals (reference B3). */
const STATUS_CODE_OF: Partial<Record<string, Schemas['StatusCode']>> = { invalid_state: 2, agent_not_found: 6 };

function agentOf(reply: AgentReply): Extract<AgentReply, { ok: true }>['agent'] {
  if (reply.ok) return reply.agent;
  throw new ApiError('internal', reply.error.message);
}

/** `/api/v2/me`: the signed-in agent, its contact-center session and its readiness. */
@Controller('api/v2/me')
@UseGuards(GwsAgentGuard)
export class MeController {
  private readonly validateOperation;
  private readonly validateChannelOperation;

  constructor(
    private readonly bus: BusClient,
    validators: ContractValidators,
  ) {
    this.validateOperation = validators.gws.requestBody('post', '/api/v2/me');
    this.validateChannelOperation = validators.gws.requestBody('post', '/api/v2/me/channels/{channel}');
  }

  @Get()
  async get(@Req() request: GwsRequest): Promise<Schemas['MeResponse']> {
    const identity = request.agent;
    if (!identity) throw new ApiError('unauthorized', 'Access denied');
    const agent = agentOf(await this.bus.request('agentGet', identity.tenant, { agentId: identity.agentId }));
    return { statusCode: 0, user: { id: agent.id, userName: agent.username, loggedIn: agent.loggedIn, ready: agent.ready } };
  }

  @Post()
  @HttpCode(200)
  operate(@Req() request: GwsRequest): Promise<Schemas['StatusResponse']> {
    return this.change(request, this.validateOperation);
  }

  /** Readiness is the agent's as a whole for now: any channel sets it for all. */
  @Post('channels/:channel')
  @HttpCode(200)
  operateOnChannel(@Req() request: GwsRequest): Promise<Schemas['StatusResponse']> {
    return this.change(request, this.validateChannelOperation);
  }

  private async change(request: GwsRequest, validate: ValidateFunction): Promise<Schemas['StatusResponse']> {
    const identity = request.agent;
    if (!identity) throw new ApiError('unauthorized', 'Access denied');
    const body: unknown = request.body;
    if (!validate(body)) {
      const missing = validate.errors?.some((e) => e.keyword === 'required');
      throw new ApiError(missing ? 'missing_parameter' : 'bad_request', describeValidationErrors(validate.errors));
    }
    const operation = body as MeOperation;
    const reply = await this.bus.request('agentChangeState', identity.tenant, {
      agentId: identity.agentId,
      change: CHANGE_OF[operation.operationName],
      ...(operation.reason === undefined ? {} : { reason: operation.reason }),
    });
    if (reply.ok) return { statusCode: 0 };
    const statusCode = STATUS_CODE_OF[reply.error.code];
    if (statusCode === undefined) throw new ApiError('internal', reply.error.message);
    return { statusCode, statusMessage: reply.error.message };
  }
}
