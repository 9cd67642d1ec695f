import type { ProvidersReply } from '@switchboard/contracts';
import { failure } from '../domain/domain-failure.js';
import { decideRegisterProvider, decideRemoveProvider, listProviders } from '../use-cases/providers.js';
import type { AreaHandlers, HandlerDeps } from './handler-table.js';

/** The providers a tenant's integrations register: who restricts agent actions and hears callbacks. */
export function providerHandlers({ processor }: HandlerDeps) {
  return {
    providerRegister: (provider, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideRegisterProvider(state, provider, now)),

    providerRemove: ({ name }, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideRemoveProvider(state, name, now)),

    providerList: (_query, tenant): Promise<ProvidersReply> =>
      processor.read(tenant, (served) =>
        served ? listProviders(served.state) : failure('invalid_command', 'unknown tenant'),
      ),
  } satisfies AreaHandlers;
}
