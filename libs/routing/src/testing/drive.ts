import type { RoutableInteraction, RoutingDecision } from '../model.js';
import type { RoutingEngine } from '../routing-engine.js';

/** Applies a decision the way the interactions service does once its event is stored. */
export function applyDecision(engine: RoutingEngine, decision: RoutingDecision, now: number): void {
  switch (decision.kind) {
    case 'offer':
      engine.offer(decision.interactionId, decision.agentId, now, decision.leaseUntil);
      return;
    case 'offer-expired':
      engine.returnToQueue(decision.interactionId, now, true);
      return;
    case 'wrap-up-ended':
      engine.endWrapUp(decision.agentId, now);
      return;
  }
}

/** Takes and applies every decision due at `now`; returns them in order. */
export function settle(engine: RoutingEngine, now: number): RoutingDecision[] {
  const decisions: RoutingDecision[] = [];
  for (let decision = engine.nextDecision(now); decision; decision = engine.nextDecision(now)) {
    decisions.push(decision);
    applyDecision(engine, decision, now);
    if (decisions.length > 100_000) throw new Error('decisions do not settle');
  }
  return decisions;
}

/** The offers among decisions, as `interaction→agent`. */
export const offers = (decisions: readonly RoutingDecision[]): string[] =>
  decisions.flatMap((d) => (d.kind === 'offer' ? [`${d.interactionId}→${d.agentId}`] : []));

export function interaction(
  id: string,
  queuedAt: number,
  overrides: Partial<RoutableInteraction> = {},
): RoutableInteraction {
  return { id, type: 'nonlive', queuedAt, skills: [], offerTimeoutMs: 30_000, wrapUpMs: 0, ...overrides };
}
