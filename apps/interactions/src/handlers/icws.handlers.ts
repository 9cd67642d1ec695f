import type { InteractionAttributesReply } from '@switchboard/contracts';
import { failure } from '../domain/domain-failure.js';
import { decideControl } from '../use-cases/control-interaction.js';
import { decideCreateInteraction } from '../use-cases/create-interaction.js';
import { decidePark } from '../use-cases/park-interaction.js';
import { decidePickup } from '../use-cases/pickup-interaction.js';
import { readAttributes } from '../use-cases/read-attributes.js';
import type { AreaHandlers, HandlerDeps } from './handler-table.js';

/**
 * The interaction commands ICWS brought: create, pickup, park, mute / record / pause, and the attributes query.
 * The others an ICWS client uses (disconnect, hold, blind transfer, custom attributes) are the ones every
 * dialect shares, in interactionHandlers.
 */
export function icwsHandlers({ processor }: HandlerDeps) {
  return {
    interactionCreate: (command, tenant) =>
      processor.execute(tenant, (state, catalog, now) => decideCreateInteraction(state, catalog, command, now)),

    interactionPickup: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decidePickup(state, command, now)),

    interactionPark: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decidePark(state, command, now)),

    interactionControl: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideControl(state, command, now)),

    /** A read: an interaction's ICWS attributes. */
    interactionAttributes: (query, tenant): Promise<InteractionAttributesReply> =>
      processor.read(tenant, (served) =>
        served
          ? readAttributes(served.state, query)
          : failure('interaction_not_found', `no interaction ${query.interactionId} is in the system`),
      ),
  } satisfies AreaHandlers;
}
