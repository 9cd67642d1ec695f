import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BusValidator, requestSubjectPattern, tenantOfSubject, type InteractionCommandReply } from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { decideRelease } from '../use-cases/release-interaction.js';
import { withValidPayload } from './validated-payload.js';

/** Thin: validate the payload against the bus contract, then hand the command to its use case. */
@Controller()
export class InteractionHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly validator: BusValidator,
  ) {}

  @MessagePattern(requestSubjectPattern('interactionDispatch'))
  dispatch(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionDispatch', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, catalog, now) =>
        decideDispatch(state, catalog, command, now),
      ),
    );
  }

  @MessagePattern(requestSubjectPattern('interactionRelease'))
  release(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<InteractionCommandReply> {
    return withValidPayload(this.validator, 'interactionRelease', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) =>
        decideRelease(state, command, now),
      ),
    );
  }
}
