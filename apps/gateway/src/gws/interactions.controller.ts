import { Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import type { GwsApi, InteractionListReply } from '@switchboard/contracts';
import { agentStateOf, interactionResource } from '@switchboard/gws-dialect';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { pageQueryOf, type PageBounds } from '../errors/page-query.js';
import { GwsAgentGuard, type GwsRequest } from './gws-agent.guard.js';
import { gwsErrors } from './gws-errors.js';
import { agentOf } from './gws-status.js';

type Schemas = GwsApi.components['schemas'];
type Listed = Extract<InteractionListReply, { ok: true }>['interactions'][number];
type SupervisorPage = GwsApi.paths['/api/v2/interactions']['get']['responses']['200']['content']['application/json'];

/** The documented bounds of `GET /api/v2/interactions` (gws-v2.openapi.yaml). */
const INTERACTION_PAGES: PageBounds = { limitDefault: 500, limitMax: 1000, offsetMax: 10_000_000 };

const SUPERVISOR_STATE = {
  'in-plan': 'Queued',
  waiting: 'Queued',
  offered: 'Invited',
  connected: 'Processing',
  'in-workbin': 'InWorkbin',
} as const;

/** An interaction as a supervisor sees it: where it is and with whom; a supervisor operates on none of them. */
function supervisorView({ interaction, status, agentId, workbin }: Listed): Schemas['Interaction'] {
  return {
    ...interactionResource(interaction, 'Processing'),
    state: SUPERVISOR_STATE[status],
    capabilities: [],
    ...(agentId === undefined ? {} : { agentId }),
    ...(workbin === undefined ? {} : { workbin: workbin.name }),
  };
}

/**
 * `/api/v2/interactions`: every active interaction of the contact center, for supervisors; and one interaction,
 * which an agent reads only when it is offered or handles it — anything else is not found.
 */
@SpeaksDialect(gwsErrors)
@Controller('api/v2/interactions')
@UseGuards(GwsAgentGuard)
export class InteractionsController {
  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
  ) {}

  /** One page: a contact center holds far more active interactions than one answer (or one bus reply) can. */
  @Get()
  async list(
    @Req() request: GwsRequest,
    @Query() query: { offset?: unknown; limit?: unknown },
  ): Promise<SupervisorPage> {
    const identity = agentOf(request);
    if (this.directory.agentIn(identity.tenant, identity.username)?.role !== 'supervisor') {
      throw new ApiError('no_permission', 'Only supervisors may list every interaction of the contact center');
    }
    const page = pageQueryOf(query, INTERACTION_PAGES);
    const reply = await this.bus.request('interactionList', identity.tenant, page);
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    return { statusCode: 0, interactions: reply.interactions.map(supervisorView), totalCount: reply.total, ...page };
  }

  @Get(':id')
  async get(
    @Req() request: GwsRequest,
    @Param('id') id: string,
  ): Promise<{ statusCode: 0; interaction: Schemas['Interaction'] }> {
    const identity = agentOf(request);
    const reply = await this.bus.request('agentInteractions', identity.tenant, { agentId: identity.agentId });
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    const mine = reply.interactions.find(({ interaction }) => interaction.id === id);
    if (!mine) throw new ApiError('not_found', `no interaction ${id} is offered to or handled by this agent`);
    return {
      statusCode: 0,
      interaction: interactionResource(mine.interaction, agentStateOf(mine.status), mine.permitted),
    };
  }
}
