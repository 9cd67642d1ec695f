import type { EventTooLargeError } from '@switchboard/bus';
import type { CommandFailure, DomainEvent } from '@switchboard/contracts';
import type { Decision } from './domain/decision.js';
import { failure } from './domain/domain-failure.js';
import type { Projection } from './domain/projection.js';
import type { TenantState } from './domain/tenant-state.js';
import type { RoutingDecisionTimer } from './metrics/routing-metrics.js';
import { routeDue } from './use-cases/route-due.js';

/** What the write path changes: a tenant's state and the projections kept beside it. */
export interface WriteTarget {
  readonly state: TenantState;
  readonly projections: readonly Projection[];
}

/** Why an event cannot be stored (the event store's size check), or undefined when it can. */
export type MeasureEvent = (event: DomainEvent) => EventTooLargeError | undefined;

/**
 * The events one projection derived from a command, stored after the command's domain events: facts it decided (a
 * session expired) in the log, messages for one reader (queue contents) in SB_DERIVED, as their subjects say.
 */
export interface Followed {
  readonly projection: Projection;
  readonly events: readonly DomainEvent[];
}

/** A projection that could not follow a command (it threw, or derived an event the log cannot take). */
export interface ProjectionTrouble {
  readonly error: unknown;
  readonly events: readonly DomainEvent[];
}

export type WriteOutcome<R> =
  /** The command's own events cannot be stored: refused, and nothing in memory was touched. */
  | { readonly kind: 'refused'; readonly reply: CommandFailure }
  | {
      readonly kind: 'applied';
      readonly reply: R;
      /** Decided, then routed: the facts to store before the reply, in this order. */
      readonly domain: readonly DomainEvent[];
      /** What each projection derived, to store after `domain`; not storing it is the projection's own repair. */
      readonly followed: readonly Followed[];
      readonly troubles: readonly ProjectionTrouble[];
      /**
       * A routed event the log cannot take: memory is already ahead of the log (routing applies as it decides), so
       * the command cannot be answered and the tenant must be rebuilt.
       */
      readonly unstorable: EventTooLargeError | undefined;
    };

/**
 * The pure part of the write path, all in memory: decide → measure the command's events → apply them → let routing
 * react → let each projection follow and apply what it derived. The caller stores `domain` then `followed`, and answers
 * `reply` only once `domain` is stored. Deterministic: the same state, decision and `now` give the same events (whatever
 * `timeDecision`, which is only told how long routing's decisions took).
 */
export function runCommand<R>(
  target: WriteTarget,
  decide: (state: TenantState) => Decision<R>,
  now: number,
  measure: MeasureEvent,
  timeDecision?: RoutingDecisionTimer,
): WriteOutcome<R> {
  const { events, reply } = decide(target.state);
  // measured before anything is applied: a command the log cannot take is refused with memory untouched
  const tooLarge = firstTooLarge(events, measure);
  if (tooLarge)
    return {
      kind: 'refused',
      reply: failure('invalid_command', `the request is too large to store: ${tooLarge.message}`),
    };
  try {
    return applyAndFollow(target, events, reply, now, measure, timeDecision);
  } catch (error) {
    throw new AppliedInPartError(error);
  }
}

/** `runCommand` once the command's own events are known to fit: everything that changes memory. */
function applyAndFollow<R>(
  target: WriteTarget,
  events: readonly DomainEvent[],
  reply: R,
  now: number,
  measure: MeasureEvent,
  timeDecision: RoutingDecisionTimer | undefined,
): WriteOutcome<R> {
  for (const event of events) applyToTarget(target, event);
  const routed = routeDue(target.state, now, timeDecision); // applied to the state as routing decides
  for (const event of routed) for (const projection of target.projections) projection.apply(event);
  const domain = [...events, ...routed];
  const followed: Followed[] = [];
  const troubles: ProjectionTrouble[] = [];
  for (const projection of target.projections) {
    let derived: DomainEvent[] = [];
    try {
      derived = projection.follow(target.state, domain, now);
    } catch (error) {
      projection.notStored([], now);
      troubles.push({ error, events: [] });
      continue;
    }
    const oversize = firstTooLarge(derived, measure);
    if (oversize) {
      // issue 11: never a reason to rebuild the tenant; the projection owes its readers a repair, with a backoff
      projection.notStored(derived, now);
      troubles.push({ error: oversize, events: derived });
      continue;
    }
    // applied now, not once stored: the next command's `follow` must see what this one told its readers
    for (const event of derived) applyToTarget(target, event);
    if (derived.length > 0) followed.push({ projection, events: derived });
  }
  return { kind: 'applied', reply, domain, followed, troubles, unstorable: firstTooLarge(routed, measure) };
}

/**
 * Applying a decision or routing on it threw (a bug): memory may be partly changed and nothing of it is stored, so the
 * tenant must be rebuilt from the log. A throw of the decision itself, before anything is applied, is not one of these.
 */
export class AppliedInPartError extends Error {
  constructor(cause: unknown) {
    super(`applying a command failed half way: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'AppliedInPartError';
  }
}

/** A committed event into the state and every projection. */
export function applyToTarget(target: WriteTarget, event: DomainEvent): void {
  target.state.apply(event);
  for (const projection of target.projections) projection.apply(event);
}

function firstTooLarge(events: readonly DomainEvent[], measure: MeasureEvent): EventTooLargeError | undefined {
  for (const event of events) {
    const error = measure(event);
    if (error) return error;
  }
  return undefined;
}
