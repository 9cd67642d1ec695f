import type { DomainEvent } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import type { TenantState } from '../domain/tenant-state.js';
import { runCommand, type WriteTarget } from '../write-path.js';

/** The command processor's write path on a bare state (no projections), every event taken as stored. */
export function runDecision<R>(
  state: TenantState,
  decision: Decision<R>,
  now: number,
  log: DomainEvent[] = [],
): { reply: R; events: DomainEvent[] } {
  return runOnTenant({ state, projections: [] }, decision, now, log);
}

/** The same on a whole tenant: the decision, routing, then what the projections add (queue subscription messages). */
export function runOnTenant<R>(
  tenant: WriteTarget,
  decision: Decision<R>,
  now: number,
  log: DomainEvent[] = [],
): { reply: R; events: DomainEvent[] } {
  const outcome = runCommand(
    tenant,
    () => decision,
    now,
    () => undefined,
  );
  if (outcome.kind === 'refused') throw new Error('nothing is too large to store here');
  const events = [...outcome.domain, ...outcome.followed.flatMap((followed) => followed.events)];
  log.push(...events);
  return { reply: outcome.reply, events };
}
