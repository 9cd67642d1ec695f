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

/** Decides from the state and catalog at `now`; must not change the state (applying the events does). */
export type Decide<R> = (state: TenantState, catalog: TenantCatalog, now: number) => Decision<R>;
