import type { DomainEvent } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import type { TenantState } from '../domain/tenant-state.js';
import { routeDue } from '../use-cases/route-due.js';

/** What the command processor does, minus the event store: apply the decision, then let routing react. */
export function runDecision<R>(
  state: TenantState,
  decision: Decision<R>,
  now: number,
  log: DomainEvent[] = [],
): { reply: R; events: DomainEvent[] } {
  for (const event of decision.events) state.apply(event);
  const routed = routeDue(state, now);
  const events = [...decision.events, ...routed];
  log.push(...events);
  return { reply: decision.reply, events };
}
