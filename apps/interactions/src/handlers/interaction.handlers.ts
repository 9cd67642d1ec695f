import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  BusValidator,
  describeValidationErrors,
  requestSubjectPattern,
  tenantOfSubject,
  type InteractionCommandReply,
} from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import { failure } from '../domain/domain-failure.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { decideRelease } from '../use-cases/release-interaction.js';

/** Thin: validate the payload against the bus contract, then hand the command to its use case. */
@Controller()
export class InteractionHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly validator: BusValidator,
  ) {}

  @MessagePattern(requestSubjectPattern('interactionDispatch'))
  dispatch(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    const validate = this.validator.request('interactionDispatch');
    if (!validate(payload)) return Promise.resolve(failure('invalid_command', describeValidationErrors(validate.errors)));
    return this.processor.execute(tenantOfSubject(context.getSubject()), (state, catalog, now) =>
      decideDispatch(state, catalog, payload, now),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionRelease'))
  release(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    const validate = this.validator.request('interactionRelease');
    if (!validate(payload)) return Promise.resolve(failure('invalid_command', describeValidationErrors(validate.errors)));
    return this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
      decideRelease(state, payload, now),
    );
  }
}
