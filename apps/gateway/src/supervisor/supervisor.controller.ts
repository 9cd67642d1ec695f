import { Controller, Get, Param, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import { SupervisorAccessGuard, supervisorOf, type SupervisorRequest } from '../auth/supervisor-access.guard.js';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { plainErrors } from '../errors/plain-errors.js';
import { routingHistoryOf, type InteractionRoutingHistory } from './routing-history.js';

/** The contract's InteractionId: Switchboard's ids are numeric strings; anything else is a client's mistake (400). */
const INTERACTION_ID = /^[0-9]{1,20}$/;

function interactionIdOf(id: string): string {
  if (!INTERACTION_ID.test(id)) throw new ApiError('bad_request', 'id must be an interaction id (a numeric string)');
  return id;
}

/**
 * The Supervisor API (contracts/openapi/supervisor.openapi.yaml): an interaction's routing history, read from the
 * interactions service over NATS for the caller's own tenant — another tenant's interaction is not found there.
 */
@SpeaksDialect(plainErrors)
@Controller('supervisor/v1/interactions')
@UseGuards(SupervisorAccessGuard)
export class SupervisorController {
  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
  ) {}

  @Get(':id/routing')
  async routing(@Req() request: SupervisorRequest, @Param('id') id: string): Promise<InteractionRoutingHistory> {
    const { tenant } = supervisorOf(request);
    const reply = await this.bus.request('interactionGet', tenant, { interactionId: interactionIdOf(id) });
    if (!reply.ok) throw domainFailure(reply);
    return routingHistoryOf(reply, (agentId) => this.directory.usernameOf(tenant, agentId));
  }
}
