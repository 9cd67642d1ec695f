import type { InteractionDetailsReply, InteractionListReply } from '@switchboard/contracts';
import { failure } from '../domain/domain-failure.js';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import {
  decideAgentRelease,
  decideHold,
  decideTransferToAgent,
  decideTransferToRoute,
} from '../use-cases/agent-actions.js';
import { decideAgentInteraction } from '../use-cases/agent-interaction.js';
import { describeInteraction } from '../use-cases/describe-interaction.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { listInteractions } from '../use-cases/list-interactions.js';
import { decideRelease } from '../use-cases/release-interaction.js';
import { decideSupervisorRelease } from '../use-cases/supervisor-release.js';
import { decideUserData } from '../use-cases/user-data.js';
import type { AreaHandlers, HandlerDeps } from './handler-table.js';

/** An interaction's life: dispatched, offered, worked and ended, as every dialect drives it; and the reads of it. */
export function interactionHandlers({ processor, clock }: HandlerDeps) {
  return {
    interactionDispatch: (command, tenant) =>
      processor.execute(tenant, (state, catalog, now) => decideDispatch(state, catalog, command, now)),

    /** A VCC Invoke's dispatches and releases: in order, one turn of the tenant, one append, a reply for each. */
    interactionInvoke: async (command, tenant) => {
      const decides = command.items.map((item) =>
        'dispatch' in item
          ? (state: TenantState, catalog: TenantCatalog, now: number) =>
              decideDispatch(state, catalog, item.dispatch, now)
          : (state: TenantState, _catalog: TenantCatalog, now: number) => decideRelease(state, item.release, now),
      );
      return { ok: true, results: await processor.executeAll(tenant, decides) };
    },

    interactionRelease: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideRelease(state, command, now)),

    interactionAccept: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideAgentInteraction(state, command, 'accept', now)),

    interactionReject: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideAgentInteraction(state, command, 'reject', now)),

    interactionComplete: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideAgentInteraction(state, command, 'complete', now)),

    interactionCancel: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideAgentInteraction(state, command, 'cancel', now)),

    /** A supervisor's release of a waiting interaction (the Supervisor API). */
    interactionSupervisorRelease: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideSupervisorRelease(state, command, now)),

    interactionAgentRelease: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideAgentRelease(state, command, now)),

    interactionUserData: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideUserData(state, command, now)),

    interactionHold: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideHold(state, command, true, now)),

    interactionRetrieve: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideHold(state, command, false, now)),

    interactionTransferToAgent: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideTransferToAgent(state, command, now)),

    interactionTransferToRoute: (command, tenant) =>
      processor.execute(tenant, (state, catalog, now) => decideTransferToRoute(state, catalog, command, now)),

    /** A read: one interaction's details. */
    interactionGet: (query, tenant): Promise<InteractionDetailsReply> =>
      processor.read(tenant, (served) => {
        const details = served ? describeInteraction(served.state, query.interactionId, clock.now()) : undefined;
        return details ?? failure('interaction_not_found', `no interaction ${query.interactionId} is in the system`);
      }),

    /** A read: a page of the tenant's active interactions (a supervisor's view). */
    interactionList: (query, tenant): Promise<InteractionListReply> =>
      processor.read(tenant, (served) =>
        served ? listInteractions(served.state, clock.now(), query) : { ok: true, total: 0, interactions: [] },
      ),
  } satisfies AreaHandlers;
}
