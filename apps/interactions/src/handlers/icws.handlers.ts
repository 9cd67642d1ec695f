import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BusValidator, requestSubjectPattern, tenantOfSubject, type InteractionAttributesReply, type InteractionCommandReply } from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import type { Clock } from '../domain/clock.js';
import { failure } from '../domain/domain-failure.js';
import { CLOCK } from '../infrastructure/tokens.js';
import { TenantRegistry } from '../tenant-registry.js';
import { decideControl } from '../use-cases/control-interaction.js';
import { decideCreateInteraction } from '../use-cases/create-interaction.js';
import { decidePark } from '../use-cases/park-interaction.js';
import { decidePickup } from '../use-cases/pickup-interaction.js';
import { readAttributes } from '../use-cases/read-attributes.js';
import { withValidPayload } from './validated-payload.js';

/**
 * The interaction commands ICWS brought: create, pickup, park, mute / record / pause, and the attributes query.
 * The others an ICWS client uses (disconnect, hold, blind transfer, custom attributes) are the ones every
 * dialect shares, in InteractionHandlers.
 */
@Controller()
export class IcwsHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly registry: TenantRegistry,
    private readonly validator: BusValidator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(requestSubjectPattern('interactionCreate'))
  create(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionCreate', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, catalog, now) => decideCreateInteraction(state, catalog, command, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionPickup'))
  pickup(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionPickup', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decidePickup(state, command, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionPark'))
  park(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionPark', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decidePark(state, command, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionControl'))
  control(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionControl', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideControl(state, command, now)),
    );
  }

  /** A read: answered from memory without queueing behind commands. */
  @MessagePattern(requestSubjectPattern('interactionAttributes'))
  attributes(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionAttributesReply> {
    return withValidPayload(this.validator, 'interactionAttributes', payload, (query): InteractionAttributesReply => {
      const tenant = this.registry.get(tenantOfSubject(context.getSubject()));
      return tenant ? readAttributes(tenant.state, query, this.clock.now()) : failure('interaction_not_found', `no interaction ${query.interactionId} is in the system`);
    });
  }
}
