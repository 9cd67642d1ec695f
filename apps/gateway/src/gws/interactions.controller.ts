import { Controller, Get, Param, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import type { GwsApi } from '@switchboard/contracts';
import { interactionStateMessage } from '@switchboard/gws-dialect';
import { ApiError } from '../errors/api-error.js';
import { GwsAgentGuard, type GwsRequest } from './gws-agent.guard.js';

type Schemas = GwsApi.components['schemas'];

/** `GET /api/v2/interactions/{id}`: an agent reads only what it is offered or handles; anything else is not found. */
@Controller('api/v2/interactions')
@UseGuards(GwsAgentGuard)
export class InteractionsController {
  constructor(private readonly bus: BusClient) {}

  @Get(':id')
  async get(@Req() request: GwsRequest, @Param('id') id: string): Promise<{ statusCode: 0; interaction: Schemas['Interaction'] }> {
    const identity = request.agent;
    if (!identity) throw new ApiError('unauthorized', 'Access denied');
    const reply = await this.bus.request('agentInteractions', identity.tenant, { agentId: identity.agentId });
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    const mine = reply.interactions.find(({ interaction }) => interaction.id === id);
    if (!mine) throw new ApiError('not_found', `no interaction ${id} is offered to or handled by this agent`);
    const { eventId: _eventId, ...interaction } = interactionStateMessage(
      '',
      mine.interaction,
      mine.status === 'offered' ? 'Invited' : 'Processing',
      mine.permitted,
    );
    return { statusCode: 0, interaction: interaction as Schemas['Interaction'] };
  }
}
