import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { BusClient } from '@switchboard/bus';
import type { CreateInteractionCommand, IcwsApi } from '@switchboard/contracts';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { validBody } from '../errors/valid-body.js';
import { assertCustomAttributes, parseSelect } from './attribute-names.js';
import { icwsErrors } from './icws-errors.js';
import { succeeded } from './icws-failures.js';
import { IcwsSessionGuard, sessionOf, usersOf, type IcwsRequest } from './icws-session.guard.js';
import type { IcwsSession } from './icws-sessions.js';
import { queueRefOf, type UserLookup } from './queue-ids.js';

type Schemas = IcwsApi.components['schemas'];
type Creation = Omit<CreateInteractionCommand, 'agentId'>;

/** The default separator of appendMode 2 (AppendWithSeparator), which the vendor does not document. */
const DEFAULT_APPEND_SEPARATOR = '|';
const DIRECTION = { 0: undefined, 1: 'inbound', 2: 'outbound' } as const;

/** What each ICWS create parameters type asks of the domain. */
function creationOf(parameters: Schemas['CreateInteractionParameters'], userNamed: UserLookup): Creation {
  switch (parameters.__type) {
    case 'urn:inin.com:interactions:createCallParameters':
      if (parameters.additionalAttributes)
        assertCustomAttributes(parameters.additionalAttributes, 'additionalAttributes');
      return {
        kind: 'call',
        target: parameters.target,
        direction: 'outbound',
        ...(parameters.workgroup === undefined ? {} : { queue: { type: 'workgroup', name: parameters.workgroup } }),
        ...(parameters.additionalAttributes === undefined ? {} : { attributes: parameters.additionalAttributes }),
      };
    case 'urn:inin.com:interactions.callback:createCallbackParameters':
      return {
        kind: 'callback',
        target: parameters.target,
        queue: queueRefOf(parameters.targetQueue, userNamed),
        subject: parameters.subject,
        direction: 'inbound',
        ...(parameters.name === undefined ? {} : { remoteName: parameters.name }),
      };
    case 'urn:inin.com:interactions:createGenericInteractionParameters': {
      if (parameters.additionalAttributes)
        assertCustomAttributes(parameters.additionalAttributes, 'additionalAttributes');
      const direction = DIRECTION[parameters.interactionDirection ?? 0];
      return {
        kind: 'generic',
        queue: queueRefOf(parameters.queueId, userNamed),
        ...(direction === undefined ? {} : { direction }),
        ...(parameters.remoteName === undefined ? {} : { remoteName: parameters.remoteName }),
        ...(parameters.remoteId === undefined ? {} : { remoteId: parameters.remoteId }),
        ...(parameters.additionalAttributes === undefined ? {} : { attributes: parameters.additionalAttributes }),
      };
    }
  }
}

/** appendMode → the domain's appendSeparator: none replaces, 1 appends directly, 2 with a separator. */
function appendSeparatorOf(update: Schemas['InteractionAttributesUpdate']): { appendSeparator?: string } {
  if (update.appendMode === 1) return { appendSeparator: '' };
  if (update.appendMode === 2) return { appendSeparator: update.separator ?? DEFAULT_APPEND_SEPARATOR };
  return {};
}

/** `/icws/{sessionId}/interactions`: create interactions, read their attributes, set their custom attributes. */
@SpeaksDialect(icwsErrors)
@Controller('icws/:sessionId/interactions')
@UseGuards(IcwsSessionGuard)
export class IcwsInteractionsController {
  private readonly validateCreate;
  private readonly validateUpdate;

  constructor(
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    validators: ContractValidators,
  ) {
    this.validateCreate = validators.icws.requestBody(
      'post',
      '/icws/{sessionId}/interactions',
      'application/vnd.inin.icws+json',
    );
    this.validateUpdate = validators.icws.requestBody(
      'post',
      '/icws/{sessionId}/interactions/{interactionId}',
      'application/vnd.inin.icws+json',
    );
  }

  @Post()
  @HttpCode(201)
  async create(
    @Req() request: IcwsRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Schemas['InteractionCreated']> {
    const session = sessionOf(request);
    const parameters = validBody(this.validateCreate, request.body);
    const creation = creationOf(parameters, usersOf(this.directory, session));
    const { interactionId } = succeeded(
      await this.bus.request('interactionCreate', session.tenant, { ...creation, agentId: session.agentId }),
    );
    void reply.header('location', `/icws/${session.sessionId}/interactions/${interactionId}`);
    return { interactionId };
  }

  @Get(':interactionId')
  async attributes(
    @Req() request: IcwsRequest,
    @Param('interactionId') interactionId: string,
    @Query('select') select: string | string[] | undefined,
  ): Promise<Schemas['InteractionAttributes']> {
    const session: IcwsSession = sessionOf(request);
    // `select` given twice is read as one list.
    const names = parseSelect(Array.isArray(select) ? select.join(',') : select);
    const query = { agentId: session.agentId, interactionId, ...(names === undefined ? {} : { names }) };
    const { attributes } = succeeded(await this.bus.request('interactionAttributes', session.tenant, query));
    return { attributes: Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value ?? ''])) };
  }

  @Post(':interactionId')
  @HttpCode(200)
  async setAttributes(@Req() request: IcwsRequest, @Param('interactionId') interactionId: string): Promise<void> {
    const session = sessionOf(request);
    const update = validBody(this.validateUpdate, request.body);
    assertCustomAttributes(update.attributes, 'attributes');
    succeeded(
      await this.bus.request('interactionUserData', session.tenant, {
        interactionId,
        agentId: session.agentId,
        operation: 'update',
        userData: update.attributes,
        ...appendSeparatorOf(update),
      }),
    );
  }
}
