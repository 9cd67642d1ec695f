import type {
  SessionCommand,
  SessionCommandReply,
  UnwatchInteractionCommand,
  WatchInteractionCommand,
} from '@switchboard/contracts';
import { refuse, type Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantState } from '../domain/tenant-state.js';
import { repeatedName } from '../queue-subscriptions/session-commands.js';
import { readableSource } from '../use-cases/read-attributes.js';
import type { InteractionWatches } from './interaction-watches.js';

/**
 * Bounds what one session costs its tenant: each watch is looked at whenever its interaction changes and holds up to
 * 200 attribute names. A desktop watches the few interactions on its screen.
 */
export const MAX_WATCHES_PER_SESSION = 100;

/** A session is its agent's: another agent naming it is refused. */
function sessionOfOtherAgent(watches: InteractionWatches, sessionId: string, agentId: string): boolean {
  const owner = watches.agentOf(sessionId);
  return owner !== undefined && owner !== agentId;
}

/**
 * A session watches an interaction (create or replace): the watch, then its first message — every watched attribute
 * as it is now. Who may watch is who may read the attributes (readableSource), refused the same way.
 */
export function decideWatchInteraction(
  state: TenantState,
  watches: InteractionWatches,
  command: WatchInteractionCommand,
  now: number,
): Decision<SessionCommandReply> {
  const { agentId, sessionId, interactionId, attributeNames } = command;
  const source = readableSource(state, agentId, interactionId);
  if ('ok' in source) return refuse(source);
  if (sessionOfOtherAgent(watches, sessionId, agentId))
    return refuse(failure('invalid_command', 'the session belongs to another agent'));
  const isNew = watches.watch(sessionId, interactionId) === undefined;
  if (isNew && watches.watchesOf(sessionId).length >= MAX_WATCHES_PER_SESSION)
    return refuse(
      failure('invalid_command', `a session watches at most ${String(MAX_WATCHES_PER_SESSION)} interactions`),
    );
  const repeated = repeatedName(attributeNames);
  if (repeated !== undefined)
    return refuse(
      failure('invalid_command', `attributeNames names "${repeated}" more than once (names are case-insensitive)`),
    );
  const view = { sessionId, agentId, interactionId, attributeNames };
  const changed = newEvent('session.interaction-watch-changed', state.tenant, { ...view, watching: true }, now);
  return { events: [changed, ...watches.firstMessages(state, view, now)], reply: { ok: true } };
}

/** Ends a watch; one that does not exist (any more, e.g. its interaction ended) is already ended. */
export function decideUnwatchInteraction(
  state: TenantState,
  watches: InteractionWatches,
  command: UnwatchInteractionCommand,
  now: number,
): Decision<SessionCommandReply> {
  const { agentId, sessionId, interactionId } = command;
  if (sessionOfOtherAgent(watches, sessionId, agentId))
    return refuse(failure('invalid_command', 'the session belongs to another agent'));
  if (!watches.watch(sessionId, interactionId)) return refuse({ ok: true });
  const data = { sessionId, agentId, interactionId, watching: false };
  return { events: [newEvent('session.interaction-watch-changed', state.tenant, data, now)], reply: { ok: true } };
}

/** Every watched value of each of the session's watches, added to what a resync of its queue subscriptions sends. */
export function decideResyncWatches(
  state: TenantState,
  watches: InteractionWatches,
  command: SessionCommand,
  now: number,
): Decision<SessionCommandReply> {
  return { events: watches.resync(state, command.sessionId, now), reply: { ok: true } };
}
