import {
  decideCloseSession,
  decideResync,
  decideSubscribeQueues,
  decideUnsubscribeQueues,
} from '../queue-subscriptions/session-commands.js';
import type { AreaHandlers, HandlerDeps } from './handler-table.js';

/**
 * An ICWS session's queue subscriptions: subscribe (create or replace), unsubscribe, resync, close. Each reads the
 * subscriptions from the tenant entry the processor hands it in the tenant's turn: a rebuild after a failed append
 * replaces them, so none is kept here.
 */
export function sessionHandlers({ processor }: HandlerDeps) {
  return {
    sessionSubscribeQueues: (command, tenant) =>
      processor.execute(tenant, (state, catalog, now, { queues }) =>
        decideSubscribeQueues(state, catalog, queues, command, now),
      ),

    sessionUnsubscribeQueues: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now, { queues }) =>
        decideUnsubscribeQueues(state, queues, command, now),
      ),

    sessionResync: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now, { queues }) => decideResync(state, queues, command, now)),

    sessionClose: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideCloseSession(state, command, now)),
  } satisfies AreaHandlers;
}
