import type { InteractionListReply, ListInteractionsQuery } from '@switchboard/contracts';
import { lifecycleOf } from '../domain/interaction-lifecycle.js';
import type { TenantState } from '../domain/tenant-state.js';

type Listed = Extract<InteractionListReply, { ok: true }>['interactions'][number];

/**
 * The bytes a page of interactions may take in its bus reply: well under NATS's default max_payload (1 MiB), so
 * the envelope and a last large interaction still fit. A page that would pass it ends early; the caller reads on
 * from where it ended.
 */
export const LIST_PAGE_BUDGET_BYTES = 512 * 1024;
const DEFAULT_LIMIT = 500;

/**
 * One page of the tenant's active interactions and where each is — a supervisor's view. Oldest first (interaction
 * ids grow with time), so offsets stay meaningful while interactions come and go. An interaction that is neither
 * routed nor parked is between the steps of its plan. At least one interaction is answered when any is left, so a
 * reader always moves on.
 */
export function listInteractions(
  state: TenantState,
  now: number,
  query: ListInteractionsQuery = {},
  budgetBytes = LIST_PAGE_BUDGET_BYTES,
): InteractionListReply {
  const ids = [...state.interactions.keys()].sort((a, b) => Number(a) - Number(b));
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const interactions: Listed[] = [];
  let bytes = 0;
  for (const id of ids.slice(offset, offset + limit)) {
    const listed = listedOf(state, id);
    if (!listed) continue;
    bytes += Buffer.byteLength(JSON.stringify(listed));
    if (interactions.length > 0 && bytes > budgetBytes) break;
    interactions.push(listed);
  }
  return { ok: true, total: ids.length, interactions };
}

function listedOf(state: TenantState, id: string): Listed | undefined {
  const snapshot = state.interactions.get(id)?.snapshot;
  const lifecycle = lifecycleOf(state, id);
  if (!snapshot || !lifecycle) return undefined;
  const { phase, agentId, workbin } = lifecycle;
  if (phase === 'in-workbin' && workbin) return { interaction: snapshot, status: 'in-workbin', workbin };
  if (phase === 'in-plan') return { interaction: snapshot, status: 'in-plan' };
  // the supervisor's list tells routing's statuses apart: held and parked are its agent's, connected
  const status = phase === 'queued' ? 'waiting' : phase === 'offered' ? 'offered' : 'connected';
  return { interaction: snapshot, status, ...(agentId === undefined ? {} : { agentId }) };
}
