import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { hashSecret } from '@switchboard/auth';
import { BusClient } from '@switchboard/bus';
import type { AdminApi, AgentConfigReply, AgentConfigView, RequestBodyValidator } from '@switchboard/contracts';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { pageQueryOf } from '../errors/page-query.js';
import { plainErrors } from '../errors/plain-errors.js';
import { validBody } from '../errors/valid-body.js';
import { AdminAccessGuard, adminTenant, type AdminRequest } from './admin-access.guard.js';
import { AGENT_PAGES, etagOf, revisionOf } from './agent-resources.js';

type Agent = AdminApi.components['schemas']['Agent'];
type NewAgent = AdminApi.components['schemas']['NewAgent'];
type AgentChange = AdminApi.components['schemas']['AgentChange'];
type AgentList = AdminApi.operations['listAgents']['responses']['200']['content']['application/json'];

const view = ({ revision, workgroups, skills, ...agent }: AgentConfigView): Agent => ({
  ...agent,
  skills: Object.fromEntries(
    Object.entries(skills).flatMap(([name, level]): [string, number][] => (level === undefined ? [] : [[name, level]])),
  ),
  ...(workgroups === undefined ? {} : { workgroups }),
  etag: etagOf(revision),
});

/**
 * The tenant's agents, changed live (issue 17): each change a command to the interactions service, which checks it as
 * a tenant file's agent is and stores it as an event; the agent's password is hashed here and never leaves as such.
 */
@SpeaksDialect(plainErrors)
@Controller('admin/agents')
@UseGuards(AdminAccessGuard)
export class AgentsController {
  private readonly validateNew: RequestBodyValidator<NewAgent>;
  private readonly validateChange: RequestBodyValidator<AgentChange>;

  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    validators: ContractValidators,
  ) {
    this.validateNew = validators.admin.requestBody('post', '/admin/agents');
    this.validateChange = validators.admin.requestBody('put', '/admin/agents/{username}');
  }

  @Get()
  async list(@Req() request: AdminRequest, @Query() query: { offset?: unknown; limit?: unknown }): Promise<AgentList> {
    const page = pageQueryOf(query, AGENT_PAGES);
    const reply = await this.bus.request('agentConfigList', adminTenant(request), page);
    if (!reply.ok) throw domainFailure(reply);
    return { agents: reply.agents.map(view), total: reply.total, ...page };
  }

  @Post()
  @HttpCode(201)
  async create(
    @Req() request: AdminRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Agent> {
    const tenant = adminTenant(request);
    const { password, ...agent } = validBody(this.validateNew, body);
    // agents sign in by username alone: one taken in another tenant is taken
    const holder = this.directory.agent(agent.username);
    if (holder && holder.tenant !== tenant)
      throw new ApiError('invalid_state', `an agent named "${agent.username}" exists`);
    const passwordHash = await hashSecret(password);
    const reply = await this.bus.request('agentConfigure', tenant, {
      mode: 'create',
      agent: { ...agent, passwordHash },
    });
    this.learn(tenant, reply, passwordHash);
    return this.answered(response, reply);
  }

  @Get(':username')
  async get(
    @Req() request: AdminRequest,
    @Param('username') username: string,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Agent> {
    return this.answered(response, await this.bus.request('agentConfigGet', adminTenant(request), { username }));
  }

  @Put(':username')
  async replace(
    @Req() request: AdminRequest,
    @Param('username') username: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Agent> {
    const { password, username: named, ...agent } = validBody(this.validateChange, body);
    if (named !== undefined && named.toLowerCase() !== username.toLowerCase())
      throw new ApiError('bad_request', 'username: a username cannot change (remove the agent and create it again)');
    const ifRevision = revisionOf(ifMatch);
    const tenant = adminTenant(request);
    const hashed = password === undefined ? undefined : await hashSecret(password);
    const reply = await this.bus.request('agentConfigure', tenant, {
      mode: 'replace',
      agent: { ...agent, username: named ?? username, ...(hashed === undefined ? {} : { passwordHash: hashed }) },
      ...(ifRevision === undefined ? {} : { ifRevision }),
    });
    this.learn(tenant, reply, hashed ?? this.directory.agentIn(tenant, username)?.passwordHash);
    return this.answered(response, reply);
  }

  @Delete(':username')
  async remove(
    @Req() request: AdminRequest,
    @Param('username') username: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<Agent> {
    const ifRevision = revisionOf(ifMatch);
    const reply = await this.bus.request('agentRemove', adminTenant(request), {
      username,
      ...(ifRevision === undefined ? {} : { ifRevision }),
    });
    if (!reply.ok) throw domainFailure(reply);
    this.directory.change({ kind: 'removed', username: reply.agent.username });
    return view(reply.agent);
  }

  /**
   * The change in this gateway's directory at once, so that the caller can sign the agent in with its next request;
   * the other gateways learn it from the credentials bucket (the same change, a few milliseconds later).
   */
  private learn(tenant: string, reply: AgentConfigReply, passwordHash: string | undefined): void {
    if (!reply.ok || passwordHash === undefined) return;
    const { id, username, role, workgroups } = reply.agent;
    this.directory.change({
      kind: 'configured',
      credential: { tenant, id, username, passwordHash, role, ...(workgroups === undefined ? {} : { workgroups }) },
    });
  }

  private answered(response: FastifyReply, reply: AgentConfigReply): Agent {
    if (!reply.ok) throw domainFailure(reply);
    void response.header('ETag', etagOf(reply.agent.revision));
    return view(reply.agent);
  }
}
