import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BusValidator, requestSubjectPattern, tenantOfSubject, type SessionCommandReply } from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import { decideCloseSession, decideResync, decideSubscribeQueues, decideUnsubscribeQueues } from '../queue-subscriptions/session-commands.js';
import type { QueueSubscriptions } from '../queue-subscriptions/queue-subscriptions.js';
import { TenantRegistry } from '../tenant-registry.js';
import { withValidPayload } from './validated-payload.js';

/** An ICWS session's queue subscriptions: subscribe (create or replace), unsubscribe, resync, close. */
@Controller()
export class SessionHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly registry: TenantRegistry,
    private readonly validator: BusValidator,
  ) {}

  @MessagePattern(requestSubjectPattern('sessionSubscribeQueues'))
  subscribe(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<SessionCommandReply> {
    return withValidPayload(this.validator, 'sessionSubscribeQueues', payload, (command) => {
      const tenant = tenantOfSubject(context.getSubject());
      return this.processor.execute(tenant, (state, catalog, now) => decideSubscribeQueues(state, catalog, this.queues(tenant), command, now));
    });
  }

  @MessagePattern(requestSubjectPattern('sessionUnsubscribeQueues'))
  unsubscribe(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<SessionCommandReply> {
    return withValidPayload(this.validator, 'sessionUnsubscribeQueues', payload, (command) => {
      const tenant = tenantOfSubject(context.getSubject());
      return this.processor.execute(tenant, (state, _catalog, now) => decideUnsubscribeQueues(state, this.queues(tenant), command, now));
    });
  }

  @MessagePattern(requestSubjectPattern('sessionResync'))
  resync(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<SessionCommandReply> {
    return withValidPayload(this.validator, 'sessionResync', payload, (command) => {
      const tenant = tenantOfSubject(context.getSubject());
      return this.processor.execute(tenant, (state, _catalog, now) => decideResync(state, this.queues(tenant), command, now));
    });
  }

  @MessagePattern(requestSubjectPattern('sessionClose'))
  close(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<SessionCommandReply> {
    return withValidPayload(this.validator, 'sessionClose', payload, (command) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideCloseSession(state, command, now)),
    );
  }

  /**
   * Looked up when the command runs, in the tenant's turn: a rebuild after a failed append replaces the tenant's
   * projections. The processor has already refused an unknown tenant by then.
   */
  private queues(tenant: string): QueueSubscriptions {
    const entry = this.registry.get(tenant);
    if (!entry) throw new Error(`tenant ${tenant} vanished while its command ran`);
    return entry.queues;
  }
}
