import { performance } from 'node:perf_hooks';
import type { DomainEvent } from '@switchboard/contracts';
import type { RoutingDecision } from '@switchboard/routing';
import { newEvent } from '../domain/domain-events.js';
import { readinessChange } from '../domain/routed-readiness.js';
import type { TenantState } from '../domain/tenant-state.js';
import type { RoutingDecisionTimer } from '../metrics/routing-metrics.js';

function eventFor(state: TenantState, decision: RoutingDecision, now: number): DomainEvent {
  if (decision.kind === 'wrap-up-ended') {
    const { agentId } = decision;
    return newEvent(
      'agent.wrap-up-ended',
      state.tenant,
      { agentId, ...readinessChange(state, agentId, 'wrap-up-ended') },
      now,
    );
  }
  const record = state.interactions.get(decision.interactionId);
  if (!record) throw new Error(`routing decided about unknown interaction ${decision.interactionId}`);
  const interaction = record.snapshot;
  if (decision.kind === 'offer-expired') {
    const { agentId } = decision;
    return newEvent(
      'interaction.offer-timed-out',
      state.tenant,
      { interaction, agentId, ...readinessChange(state, agentId, 'missed') },
      now,
    );
  }
  return newEvent(
    'interaction.offered',
    state.tenant,
    {
      interaction,
      agentId: decision.agentId,
      agentUsername: state.agentConfig(decision.agentId)?.username ?? decision.agentId,
      leaseUntil: new Date(decision.leaseUntil).toISOString(),
      explanation: decision.explanation,
    },
    now,
  );
}

/**
 * Everything routing decides at `now` — offers, offers timed out, wrap-ups ended — as events, each applied as it
 * is made so the next decision sees it. The caller appends them; routing is a function of state, so a crash
 * before that loses nothing: the restored state decides the same again. `timeDecision` is told how long each
 * decision took (the routing metrics).
 */
export function routeDue(
  state: TenantState,
  now: number,
  timeDecision: RoutingDecisionTimer = () => undefined,
): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (;;) {
    const started = performance.now();
    const decision = state.engine.nextDecision(now);
    if (!decision) return events;
    const event = eventFor(state, decision, now);
    state.apply(event);
    timeDecision((performance.now() - started) / 1000);
    events.push(event);
  }
}
