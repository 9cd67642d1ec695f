import { Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import type { AgentReply, AgentSkill, AgentStateChange, ChangeAgentStateCommand, GwsApi } from '@switchboard/contracts';
import { CHANNEL_TYPES, typeOfChannel } from '@switchboard/gws-dialect';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { validBody } from '../errors/valid-body.js';
import { GwsAgentGuard, type GwsRequest } from './gws-agent.guard.js';
import { gwsErrors } from './gws-errors.js';
import { agentOf, gwsStatusOf } from './gws-status.js';

type Schemas = GwsApi.components['schemas'];
type MeOperation = Schemas['MeOperation'];

const CHANGE_OF: Record<MeOperation['operationName'], AgentStateChange> = {
  StartContactCenterSession: 'login',
  EndContactCenterSession: 'logout',
  Ready: 'ready',
  NotReady: 'not-ready',
};

function agentIn(reply: AgentReply): Extract<AgentReply, { ok: true }>['agent'] {
  if (reply.ok) return reply.agent;
  throw new ApiError('internal', reply.error.message);
}

function skillsIn(reply: AgentReply): AgentSkill[] {
  if (reply.ok && reply.skills) return reply.skills;
  throw new ApiError('internal', 'the agent was answered without its skills');
}

/** `/api/v2/me`: the signed-in agent, its contact-center session and its readiness. */
@SpeaksDialect(gwsErrors)
@Controller('api/v2/me')
@UseGuards(GwsAgentGuard)
export class MeController {
  private readonly validateOperation;
  private readonly validateChannelOperation;

  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    validators: ContractValidators,
  ) {
    this.validateOperation = validators.gws.requestBody('post', '/api/v2/me');
    this.validateChannelOperation = validators.gws.requestBody('post', '/api/v2/me/channels/{channel}');
  }

  /** The agent; with `subresources=*`, also its skills and levels (GWS Users API: skills are a subresource). */
  @Get()
  async get(@Req() request: GwsRequest, @Query('subresources') subresources?: unknown): Promise<Schemas['MeResponse']> {
    const identity = agentOf(request);
    const reply = await this.bus.request('agentGet', identity.tenant, { agentId: identity.agentId });
    const agent = agentIn(reply);
    const user: Schemas['User'] = {
      id: agent.id,
      userName: agent.username,
      // a desktop shows its supervisor view by this (GWS's role names; the tenant file says `role: supervisor`)
      roles:
        this.directory.agentIn(identity.tenant, identity.username)?.role === 'supervisor'
          ? ['ROLE_AGENT', 'ROLE_SUPERVISOR']
          : ['ROLE_AGENT'],
      loggedIn: agent.loggedIn,
      ready: agent.ready,
    };
    if (subresources === '*') user.skills = skillsIn(reply).map(({ name, level }) => ({ id: name, name, level }));
    return { statusCode: 0, user };
  }

  /** The contact-center session, and readiness on every channel at once. */
  @Post()
  @HttpCode(200)
  operate(@Req() request: GwsRequest): Promise<Schemas['StatusResponse']> {
    const operation = validBody(this.validateOperation, request.body);
    return this.change(request, { change: CHANGE_OF[operation.operationName], ...reasonOf(operation) });
  }

  /**
   * One channel ready or not ready, the others as they are. Ready on a channel of an agent not ready makes it
   * ready on that channel alone; not ready on its last open channel makes it not ready.
   */
  @Post('channels/:channel')
  @HttpCode(200)
  async operateOnChannel(
    @Req() request: GwsRequest,
    @Param('channel') channel: string,
  ): Promise<Schemas['StatusResponse']> {
    const operation = validBody(this.validateChannelOperation, request.body);
    const type = typeOfChannel(channel);
    if (type === undefined)
      throw new ApiError('not_found', `no channel "${channel}"; channels: ${Object.keys(CHANNEL_TYPES).join(', ')}`);
    return this.change(request, {
      change: operation.operationName === 'Ready' ? 'ready' : 'not-ready',
      channel: type,
      ...reasonOf(operation),
    });
  }

  private async change(
    request: GwsRequest,
    change: Omit<ChangeAgentStateCommand, 'agentId'>,
  ): Promise<Schemas['StatusResponse']> {
    const identity = agentOf(request);
    return gwsStatusOf(
      await this.bus.request('agentChangeState', identity.tenant, { agentId: identity.agentId, ...change }),
    );
  }
}

const reasonOf = (operation: { reason?: string }): { reason?: string } =>
  operation.reason === undefined ? {} : { reason: operation.reason };
