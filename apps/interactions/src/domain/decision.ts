import type { DomainEvent, InteractionCommandReply } from '@switchboard/contracts';
import type { TenantCatalog } from './tenant-catalog.js';
import type { TenantState } from './tenant-state.js';

/** What a command decided: the events to append (possibly none) and the reply to give once they are stored. */
export interface Decision<R> {
  events: DomainEvent[];
  reply: R;
}

/** A decision to append nothing: the command is refused, or (a repeated request) was done already. */
export const refuse = <R>(reply: R): Decision<R> => ({ events: [], reply });

/** An interaction command done now (not a repeat of an earlier request). */
export const ok = (interactionId: string): InteractionCommandReply => ({ ok: true, interactionId, duplicate: false });

/**
 * Decides from the state and catalog at `now`; must not change the state (applying the events does). `tenant` is
 * the whole tenant entry as the command runs (typed by the caller, so the domain does not depend on it): a command
 * on one of its projections, such as ICWS queue subscriptions, reads that projection from it.
 */
export type Decide<R, T = unknown> = (
  state: TenantState,
  catalog: TenantCatalog,
  now: number,
  tenant: T,
) => Decision<R>;
