import { Controller, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import type { SupervisorApi } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { SupervisorAccessGuard, supervisorOf, type SupervisorRequest } from '../auth/supervisor-access.guard.js';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ApiError } from '../errors/api-error.js';
import { domainFailure } from '../errors/domain-failure.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { plainErrors } from '../errors/plain-errors.js';
import { LOGGER } from '../tokens.js';
import { routingHistoryOf, type InteractionRoutingHistory } from './routing-history.js';

/** The contract's InteractionId: Switchboard's ids are numeric strings; anything else is a client's mistake (400). */
const INTERACTION_ID = /^[0-9]{1,20}$/;

type InteractionReleased = SupervisorApi.components['schemas']['InteractionReleased'];

function interactionIdOf(id: string): string {
  if (!INTERACTION_ID.test(id)) throw new ApiError('bad_request', 'id must be an interaction id (a numeric string)');
  return id;
}

/**
 * The Supervisor API (contracts/openapi/supervisor.openapi.yaml): an interaction's routing history, and the release of
 * a waiting one, through the interactions service over NATS for the caller's own tenant — another tenant's
 * interaction is not found there.
 */
@SpeaksDialect(plainErrors)
@Controller('supervisor/v1/interactions')
@UseGuards(SupervisorAccessGuard)
export class SupervisorController {
  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get(':id/routing')
  async routing(@Req() request: SupervisorRequest, @Param('id') id: string): Promise<InteractionRoutingHistory> {
    const { tenant } = supervisorOf(request);
    const reply = await this.bus.request('interactionGet', tenant, { interactionId: interactionIdOf(id) });
    if (!reply.ok) throw domainFailure(reply);
    return routingHistoryOf(reply, (agentId) => this.directory.usernameOf(tenant, agentId));
  }

  /**
   * A durable command like any other (stored in the tenant's log before the answer, fenced by tenant ownership). Its
   * request id is derived from the interaction, which is never reused: a retry after an unknown outcome (503) is
   * answered as the first release, not refused as not found.
   */
  @Post(':id/release')
  @HttpCode(200)
  async release(@Req() request: SupervisorRequest, @Param('id') id: string): Promise<InteractionReleased> {
    const { tenant, who } = supervisorOf(request);
    const interactionId = interactionIdOf(id);
    const reply = await this.bus.request('interactionSupervisorRelease', tenant, {
      requestId: `supervisor-release:${interactionId}`,
      interactionId,
      releasedBy: who,
    });
    if (!reply.ok) throw domainFailure(reply);
    // the audit line: who took which interaction out (the log's event names them too)
    this.logger.info(
      { tenant, interactionId, releasedBy: who, duplicate: reply.duplicate },
      'supervisor released an interaction',
    );
    return { id: interactionId, released: true };
  }
}
