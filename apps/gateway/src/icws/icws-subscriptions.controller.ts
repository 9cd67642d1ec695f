import { Controller, Delete, HttpCode, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import type { QueueRef } from '@switchboard/contracts';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { validBody } from '../errors/valid-body.js';
import { icwsErrors } from './icws-errors.js';
import { succeeded } from './icws-failures.js';
import { IcwsSessionGuard, sessionOf, usersOf, type IcwsRequest } from './icws-session.guard.js';
import { queueRefOf } from './queue-ids.js';
import { queueFilterOf, resultLimitOf } from './queue-selection.js';

/**
 * `/icws/{sessionId}/messaging/…` that the gateway answers itself: queue subscriptions and interaction watches (kept by
 * the interactions service, which checks what the agent may see and computes snapshots and deltas) and the heartbeat.
 * The messages themselves come from the notifier (icws-messages-proxy.ts).
 */
@SpeaksDialect(icwsErrors)
@Controller('icws/:sessionId/messaging')
@UseGuards(IcwsSessionGuard)
export class IcwsSubscriptionsController {
  private readonly validateSubscription;
  private readonly validateWatch;

  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    validators: ContractValidators,
  ) {
    this.validateSubscription = validators.icws.requestBody(
      'put',
      '/icws/{sessionId}/messaging/subscriptions/queues/{subscriptionId}',
      'application/vnd.inin.icws+json',
    );
    this.validateWatch = validators.icws.requestBody(
      'put',
      '/icws/{sessionId}/messaging/subscriptions/interactions/{interactionId}',
      'application/vnd.inin.icws+json',
    );
  }

  @Put('subscriptions/queues/:subscriptionId')
  @HttpCode(200)
  async subscribe(@Req() request: IcwsRequest, @Param('subscriptionId') subscriptionId: string): Promise<void> {
    const session = sessionOf(request);
    const parameters = validBody(this.validateSubscription, request.body);
    const userNamed = usersOf(this.directory, session);
    const queues = parameters.queueIds.map((id) => queueRefOf(id, userNamed)) as [QueueRef, ...QueueRef[]];
    const attributeNames = parameters.attributeNames as [string, ...string[]];
    const { queueResultLimit, attributeFilter } = parameters;
    succeeded(
      await this.bus.request('sessionSubscribeQueues', session.tenant, {
        agentId: session.agentId,
        sessionId: session.sessionId,
        subscriptionId,
        queues,
        attributeNames,
        ...(queueResultLimit ? { resultLimit: resultLimitOf(queueResultLimit) } : {}),
        ...(attributeFilter ? { attributeFilter: queueFilterOf(attributeFilter) } : {}),
      }),
    );
  }

  @Delete('subscriptions/queues/:subscriptionId')
  @HttpCode(200)
  async unsubscribe(@Req() request: IcwsRequest, @Param('subscriptionId') subscriptionId: string): Promise<void> {
    const session = sessionOf(request);
    const command = { agentId: session.agentId, sessionId: session.sessionId, subscriptionId };
    succeeded(await this.bus.request('sessionUnsubscribeQueues', session.tenant, command));
  }

  @Put('subscriptions/interactions/:interactionId')
  @HttpCode(200)
  async watch(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const session = sessionOf(request);
    const parameters = validBody(this.validateWatch, request.body);
    const attributeNames = parameters.attributeNames as [string, ...string[]];
    succeeded(
      await this.bus.request('sessionWatchInteraction', session.tenant, {
        agentId: session.agentId,
        sessionId: session.sessionId,
        interactionId,
        attributeNames,
      }),
    );
  }

  @Delete('subscriptions/interactions/:interactionId')
  @HttpCode(200)
  async unwatch(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const session = sessionOf(request);
    const command = { agentId: session.agentId, sessionId: session.sessionId, interactionId };
    succeeded(await this.bus.request('sessionUnwatchInteraction', session.tenant, command));
  }

  /** The guard has checked the session; that is all a heartbeat asks. */
  @Post('heartbeat')
  @HttpCode(200)
  heartbeat(): void {}
}
