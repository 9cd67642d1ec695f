import {
  decideResyncWatches,
  decideUnwatchInteraction,
  decideWatchInteraction,
} from '../interaction-watches/watch-commands.js';
import {
  decideCloseSession,
  decideResync,
  decideSubscribeQueues,
  decideUnsubscribeQueues,
} from '../queue-subscriptions/session-commands.js';
import type { AreaHandlers, HandlerDeps } from './handler-table.js';

/**
 * An ICWS session's queue subscriptions and interaction watches: subscribe or watch (create or replace), unsubscribe
 * or unwatch, resync, close. Each reads the subscriptions and watches from the tenant entry the processor hands it in
 * the tenant's turn: a rebuild after a failed append replaces them, so none is kept here.
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

    sessionWatchInteraction: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now, { watches }) =>
        decideWatchInteraction(state, watches, command, now),
      ),

    sessionUnwatchInteraction: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now, { watches }) =>
        decideUnwatchInteraction(state, watches, command, now),
      ),

    /** Fresh snapshots of the session's queue subscriptions, and every watched value of its interaction watches. */
    sessionResync: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now, { queues, watches }) => {
        const subscriptions = decideResync(state, queues, command, now);
        const watched = decideResyncWatches(state, watches, command, now);
        return { events: [...subscriptions.events, ...watched.events], reply: subscriptions.reply };
      }),

    sessionClose: (command, tenant) =>
      processor.execute(tenant, (state, _catalog, now) => decideCloseSession(state, command, now)),
  } satisfies AreaHandlers;
}
