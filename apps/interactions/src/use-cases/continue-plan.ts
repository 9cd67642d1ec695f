import type { InteractionCommandReply } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { runPlan } from '../domain/plans/plan-runner.js';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import type { ConnectorResult } from '../infrastructure/data-connector.js';
import { planOutcomeEvents } from './plan-outcome.js';

export interface PlanCallResult {
  interactionId: string;
  step: string;
  result: ConnectorResult;
}

/**
 * A data connector call came back: store the fields it answered (or note the failure) and run the plan on from
 * the applet's `next` (or `onError`). A result for an interaction no longer waiting there — released meanwhile,
 * or a duplicate after a restart — changes nothing.
 */
export function decideContinuePlan(
  state: TenantState,
  catalog: TenantCatalog,
  { interactionId, step, result }: PlanCallResult,
  now: number,
): Decision<InteractionCommandReply | undefined> {
  const record = state.interactions.get(interactionId);
  const plan = record ? catalog.planForRoute(record.snapshot.route) : undefined;
  const applet = plan?.applets[step];
  if (!record || !plan || record.snapshot.planStep !== step || applet?.type !== 'http-request') {
    return { events: [], reply: undefined };
  }
  const interaction = result.ok
    ? { ...record.snapshot, properties: { ...record.snapshot.properties, ...result.fields } }
    : record.snapshot;
  const completed = newEvent(
    'interaction.plan-step-completed',
    state.tenant,
    {
      interaction,
      step,
      outcome: result.ok ? 'completed' : 'failed',
      ...(result.ok ? {} : { error: result.error }),
    },
    now,
  );
  const next = result.ok ? applet.next : (applet.onError ?? applet.next);
  const { interaction: moved, outcome } = runPlan(plan, next, interaction);
  return { events: [completed, ...planOutcomeEvents(state.tenant, moved, outcome, now)], reply: undefined };
}
