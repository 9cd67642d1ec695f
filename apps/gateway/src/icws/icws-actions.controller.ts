import { Controller, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { BusClient } from '@switchboard/bus';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { validBody } from '../errors/valid-body.js';
import { icwsErrors } from './icws-errors.js';
import { succeeded } from './icws-failures.js';
import { IcwsSessionGuard, sessionOf, usersOf, type IcwsRequest } from './icws-session.guard.js';
import type { IcwsSession } from './icws-sessions.js';
import { transferDestination, userNotFound } from './transfer-target.js';

const CONTENT = 'application/vnd.inin.icws+json';
const actionPath = <A extends string>(action: A): `/icws/{sessionId}/interactions/{interactionId}/${A}` =>
  `/icws/{sessionId}/interactions/{interactionId}/${action}`;

/**
 * `POST /icws/{sessionId}/interactions/{interactionId}/{action}`: each action is one domain command for the
 * session's agent; the domain decides whether the agent may (its interaction, its state, the provider's permitted
 * actions), and the change reaches every dialect through the events it causes.
 */
@SpeaksDialect(icwsErrors)
@Controller('icws/:sessionId/interactions/:interactionId')
@UseGuards(IcwsSessionGuard)
export class IcwsActionsController {
  private readonly validateOnOff;
  private readonly validateRecord;
  private readonly validateTransfer;

  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    validators: ContractValidators,
  ) {
    this.validateOnOff = validators.icws.requestBody('post', actionPath('hold'), CONTENT);
    this.validateRecord = validators.icws.requestBody('post', actionPath('record'), CONTENT);
    this.validateTransfer = validators.icws.requestBody('post', actionPath('blind-transfer'), CONTENT);
  }

  @Post('pickup')
  @HttpCode(200)
  async pickup(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const session = sessionOf(request);
    succeeded(await this.bus.request('interactionPickup', session.tenant, this.command(session, interactionId)));
  }

  @Post('disconnect')
  @HttpCode(200)
  async disconnect(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const session = sessionOf(request);
    succeeded(await this.bus.request('interactionAgentRelease', session.tenant, this.command(session, interactionId)));
  }

  @Post('hold')
  @HttpCode(200)
  async hold(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const session = sessionOf(request);
    const { on } = validBody(this.validateOnOff, request.body);
    const command = this.command(session, interactionId);
    succeeded(await this.bus.request(on ? 'interactionHold' : 'interactionRetrieve', session.tenant, command));
  }

  @Post('mute')
  @HttpCode(200)
  mute(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const { on } = validBody(this.validateOnOff, request.body);
    return this.control(sessionOf(request), interactionId, { control: 'mute', on });
  }

  @Post('pause')
  @HttpCode(200)
  pause(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const { on } = validBody(this.validateOnOff, request.body);
    return this.control(sessionOf(request), interactionId, { control: 'pause', on });
  }

  @Post('record')
  @HttpCode(200)
  record(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const { on, supervisor = false } = validBody(this.validateRecord, request.body);
    return this.control(sessionOf(request), interactionId, { control: 'record', on, supervisor });
  }

  /** Parks on the agent's own queue; ICWS can name a queue, but the domain parks only with the agent that parks. */
  @Post('park')
  @HttpCode(200)
  async park(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const session = sessionOf(request);
    const body: unknown = request.body ?? {};
    const parameters = validBody(this.validateTransfer, body);
    if (parameters.target !== undefined || parameters.queueID !== undefined) {
      const destination = transferDestination(parameters, usersOf(this.directory, session));
      if (destination.type !== 'user' || destination.name !== session.username) {
        throw new ApiError('bad_request', 'An interaction can be parked only on your own user queue.', {
          property: parameters.target === undefined ? 'queueID' : 'target',
        });
      }
    }
    succeeded(await this.bus.request('interactionPark', session.tenant, this.command(session, interactionId)));
  }

  @Post('blind-transfer')
  @HttpCode(200)
  async blindTransfer(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const session = sessionOf(request);
    const parameters = validBody(this.validateTransfer, request.body);
    const destination = transferDestination(parameters, usersOf(this.directory, session));
    const command = this.command(session, interactionId);
    if (destination.type === 'workgroup') {
      succeeded(
        await this.bus.request('interactionTransferToRoute', session.tenant, { ...command, route: destination.name }),
      );
      return;
    }
    const target = this.directory.agentIn(session.tenant, destination.name);
    if (!target) throw userNotFound(destination.name);
    // a user queue: offered to its agent now if it can take it, else waiting there for it
    succeeded(
      await this.bus.request('interactionTransferToAgent', session.tenant, {
        ...command,
        targetAgentId: target.id,
        queueIfUnavailable: true,
      }),
    );
  }

  private command(session: IcwsSession, interactionId: string): { interactionId: string; agentId: string } {
    return { interactionId, agentId: session.agentId };
  }

  private async control(
    session: IcwsSession,
    interactionId: string,
    change: { control: 'mute' | 'record' | 'pause'; on: boolean; supervisor?: boolean },
  ): Promise<void> {
    succeeded(
      await this.bus.request('interactionControl', session.tenant, {
        ...this.command(session, interactionId),
        ...change,
      }),
    );
  }
}
