import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  BusValidator,
  requestSubjectPattern,
  tenantOfSubject,
  type InteractionCommandReply,
  type InteractionDetailsReply,
  type InteractionListReply,
  type InvokeInteractionsReply,
} from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import type { Clock } from '../domain/clock.js';
import { CLOCK } from '../infrastructure/tokens.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import { TenantRegistry } from '../tenant-registry.js';
import { decideAgentRelease, decideHold, decideTransferToAgent, decideTransferToRoute } from '../use-cases/agent-actions.js';
import { decideAgentInteraction } from '../use-cases/agent-interaction.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { describeInteraction } from '../use-cases/describe-interaction.js';
import { listInteractions } from '../use-cases/list-interactions.js';
import { decideRelease } from '../use-cases/release-interaction.js';
import { decideUserData } from '../use-cases/user-data.js';
import { withValidPayload } from './validated-payload.js';

/** Thin: validate the payload against the bus contract, then hand the command to its use case. */
@Controller()
export class InteractionHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly registry: TenantRegistry,
    private readonly validator: BusValidator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(requestSubjectPattern('interactionDispatch'))
  dispatch(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionDispatch', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, catalog, now) =>
        decideDispatch(state, catalog, command, now),
      ),
    );
  }

  /** A VCC Invoke's dispatches and releases: in order, one turn of the tenant, one append, a reply for each. */
  @MessagePattern(requestSubjectPattern('interactionInvoke'))
  invoke(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InvokeInteractionsReply> {
    return withValidPayload(this.validator, 'interactionInvoke', payload, async (command) => {
      const decides = command.items.map((item) =>
        'dispatch' in item
          ? (state: TenantState, catalog: TenantCatalog, now: number) => decideDispatch(state, catalog, item.dispatch, now)
          : (state: TenantState, _catalog: TenantCatalog, now: number) => decideRelease(state, item.release, now),
      );
      return { ok: true, results: await this.processor.executeAll(tenantOfSubject(context.getSubject()), decides) };
    });
  }

  @MessagePattern(requestSubjectPattern('interactionRelease'))
  release(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionRelease', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
        decideRelease(state, command, now),
      ),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionAccept'))
  accept(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionAccept', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
        decideAgentInteraction(state, command, 'accept', now),
      ),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionReject'))
  reject(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionReject', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
        decideAgentInteraction(state, command, 'reject', now),
      ),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionComplete'))
  complete(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionComplete', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
        decideAgentInteraction(state, command, 'complete', now),
      ),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionCancel'))
  cancel(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionCancel', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
        decideAgentInteraction(state, command, 'cancel', now),
      ),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionAgentRelease'))
  agentRelease(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionAgentRelease', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideAgentRelease(state, command, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionUserData'))
  userData(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionUserData', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideUserData(state, command, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionHold'))
  hold(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionHold', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideHold(state, command, true, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionRetrieve'))
  retrieve(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionRetrieve', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideHold(state, command, false, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionTransferToAgent'))
  transferToAgent(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionTransferToAgent', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideTransferToAgent(state, command, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionTransferToRoute'))
  transferToRoute(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionTransferToRoute', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, catalog, now) => decideTransferToRoute(state, catalog, command, now)),
    );
  }

  /** A read: answered from memory without queueing behind commands. */
  @MessagePattern(requestSubjectPattern('interactionGet'))
  get(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionDetailsReply> {
    return withValidPayload(this.validator, 'interactionGet', payload, (query): InteractionDetailsReply => {
      const tenant = this.registry.get(tenantOfSubject(context.getSubject()));
      const details = tenant ? describeInteraction(tenant.state, query.interactionId, this.clock.now()) : undefined;
      return details ?? failure('interaction_not_found', `no interaction ${query.interactionId} is in the system`);
    });
  }

  /** A read: a page of the tenant's active interactions (a supervisor's view), answered from memory. */
  @MessagePattern(requestSubjectPattern('interactionList'))
  list(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionListReply> {
    return withValidPayload(this.validator, 'interactionList', payload, (query): InteractionListReply => {
      const tenant = this.registry.get(tenantOfSubject(context.getSubject()));
      return tenant ? listInteractions(tenant.state, this.clock.now(), query) : { ok: true, total: 0, interactions: [] };
    });
  }
}
