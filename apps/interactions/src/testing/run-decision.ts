import type { DomainEvent } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import type { TenantState } from '../domain/tenant-state.js';
import { applyToTenant, type Tenant } from '../tenant-registry.js';
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

/** The same for a whole tenant: the decision, routing, then what the projections add (queue subscription messages). */
export function runOnTenant<R>(tenant: Tenant, decision: Decision<R>, now: number, log: DomainEvent[] = []): { reply: R; events: DomainEvent[] } {
  for (const event of decision.events) applyToTenant(tenant, event);
  const routed = routeDue(tenant.state, now);
  for (const event of routed) for (const projection of tenant.projections) projection.apply(event);
  const committed = [...decision.events, ...routed];
  const followed = tenant.projections.flatMap((projection) => {
    const more = projection.follow(tenant.state, committed, now);
    for (const event of more) applyToTenant(tenant, event);
    return more;
  });
  const events = [...committed, ...followed];
  log.push(...events);
  return { reply: decision.reply, events };
}
