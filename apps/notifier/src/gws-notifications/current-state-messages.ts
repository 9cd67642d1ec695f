import { randomUUID } from 'node:crypto';
import type { AgentInteractionsReply, InteractionStateMessage } from '@switchboard/contracts';
import { agentStateOf, interactionStateMessage } from '@switchboard/gws-dialect';

export type AgentInteraction = Extract<AgentInteractionsReply, { ok: true }>['interactions'][number];

/**
 * The agent's current interactions as notifications, one StatusChange each, as GET /api/v2/me/interactions shows
 * them, an offer with its lease as the interactions service answered it. No domain event stands behind them: their
 * eventId is `snapshot-` and a fresh id, so that a client that drops notifications it has seen (by eventId) never
 * drops one of these.
 */
export function currentStateMessages(interactions: readonly AgentInteraction[]): InteractionStateMessage[] {
  return interactions.map(({ interaction, status, permitted, offerLease }) => ({
    ...interactionStateMessage(`snapshot-${randomUUID()}`, interaction, agentStateOf(status), permitted),
    ...(offerLease === undefined ? {} : { switchboardOfferLease: offerLease }),
  }));
}
