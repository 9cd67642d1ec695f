import type { DomainEvent } from '@switchboard/contracts';
import type { TenantCatalog } from './tenant-catalog.js';
import type { TenantState } from './tenant-state.js';

/** What a command decided: the events to append (possibly none) and the reply to give once they are stored. */
export interface Decision<R> {
  events: DomainEvent[];
  reply: R;
}

/** Decides from the state and catalog at `now`; must not change the state (applying the events does). */
export type Decide<R> = (state: TenantState, catalog: TenantCatalog, now: number) => Decision<R>;
