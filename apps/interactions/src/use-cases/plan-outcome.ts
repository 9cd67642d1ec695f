import type { PlanConfig } from '@switchboard/config';
import type { DomainEvent, InteractionSnapshot } from '@switchboard/contracts';
import { newEvent } from '../domain/domain-events.js';
import { runPlan, type PlanOutcome } from '../domain/plans/plan-runner.js';

/** The events that record where a plan stopped: queued, released, or paused on a data connector call. */
export function planOutcomeEvents(
  tenant: string,
  interaction: InteractionSnapshot,
  outcome: PlanOutcome,
  now: number,
): DomainEvent[] {
  const { planStep: _previous, ...moving } = interaction;
  switch (outcome.kind) {
    case 'queue':
      return [newEvent('interaction.queued', tenant, { interaction: moving }, now)];
    case 'release':
      // Queued first, so the interaction (and its request id) is on record, then released by its plan.
      return [
        newEvent('interaction.queued', tenant, { interaction: moving }, now),
        newEvent('interaction.released', tenant, { interaction: moving, reason: 'released-by-plan' }, now),
      ];
    case 'call':
      return [
        newEvent(
          'interaction.plan-paused',
          tenant,
          { interaction: { ...moving, planStep: outcome.step }, step: outcome.step },
          now,
        ),
      ];
  }
}

/**
 * An interaction entering a named route — a VCC dispatch, an ICWS callback or work item into a workgroup, a
 * transfer to a route: the route's plan runs from its start as far as it goes without I/O or an agent.
 */
export function enterRoute(
  tenant: string,
  plan: PlanConfig,
  interaction: InteractionSnapshot,
  now: number,
): DomainEvent[] {
  const { interaction: moved, outcome } = runPlan(plan, plan.initial, interaction);
  return planOutcomeEvents(tenant, moved, outcome, now);
}
