import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BusValidator, requestSubjectPattern, tenantOfSubject, type ProviderReply, type ProvidersReply } from '@switchboard/contracts';
import { CommandProcessor } from '../command-processor.js';
import { failure } from '../domain/domain-failure.js';
import { TenantRegistry } from '../tenant-registry.js';
import { decideRegisterProvider, decideRemoveProvider, listProviders } from '../use-cases/providers.js';
import { withValidPayload } from './validated-payload.js';

@Controller()
export class ProviderHandlers {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly registry: TenantRegistry,
    private readonly validator: BusValidator,
  ) {}

  @MessagePattern(requestSubjectPattern('providerRegister'))
  register(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<ProviderReply> {
    return withValidPayload(this.validator, 'providerRegister', payload, (provider) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideRegisterProvider(state, provider, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('providerRemove'))
  remove(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<ProviderReply> {
    return withValidPayload(this.validator, 'providerRemove', payload, ({ name }) =>
      this.processor.execute(tenantOfSubject(context.getSubject()), (state, _catalog, now) => decideRemoveProvider(state, name, now)),
    );
  }

  @MessagePattern(requestSubjectPattern('providerList'))
  list(@Payload() payload: unknown, @Ctx() context: NatsContext): Promise<ProvidersReply> {
    return withValidPayload(this.validator, 'providerList', payload, (): ProvidersReply => {
      const tenant = this.registry.get(tenantOfSubject(context.getSubject()));
      return tenant ? listProviders(tenant.state) : failure('invalid_command', 'unknown tenant');
    });
  }
}
