import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BusValidator, requestSubjectPattern, tenantOfSubject, type SessionCommandReply } from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import { decideCloseSession, decideResync, decideSubscribeQueues, decideUnsubscribeQueues } from '../queue-subscriptions/session-commands.js';
import { withValidPayload } from './validated-payload.js';

/**
 * An ICWS session's queue subscriptions: subscribe (create or replace), unsubscribe, resync, close. Each reads the
 * subscriptions from the tenant entry the processor hands it in the tenant's turn: a rebuild after a failed append
 * replaces them, so none is kept here.
 */
@Controller()
export class SessionHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly validator: BusValidator,
  ) {}

  @MessagePattern(requestSubjectPattern('sessionSubscribeQueues'))
  subscribe(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<SessionCommandReply> {
    return withValidPayload(this.validator, 'sessionSubscribeQueues', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, catalog, now, { queues }) =>
        decideSubscribeQueues(state, catalog, queues, command, now),
      ),
    );
  }

  @MessagePattern(requestSubjectPattern('sessionUnsubscribeQueues'))
  unsubscribe(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<SessionCommandReply> {
    return withValidPayload(this.validator, 'sessionUnsubscribeQueues', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now, { queues }) =>
        decideUnsubscribeQueues(state, queues, command, now),
      ),
    );
  }

  @MessagePattern(requestSubjectPattern('sessionResync'))
  resync(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<SessionCommandReply> {
    return withValidPayload(this.validator, 'sessionResync', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now, { queues }) => decideResync(state, queues, command, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('sessionClose'))
  close(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<SessionCommandReply> {
    return withValidPayload(this.validator, 'sessionClose', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideCloseSession(state, command, now)),
    );
  }
}
