import type { AppletConfig, PlanConfig } from '@switchboard/config';
import type { InteractionSnapshot } from '@switchboard/contracts';
import { PRIORITIES } from '@switchboard/routing';
import { conditionHolds } from './condition.js';

type Applet<T extends AppletConfig['type']> = Extract<AppletConfig, { type: T }>;

/** Where a plan stops: in a queue (ACD), out of the system (release), or waiting on a data connector call. */
export type PlanOutcome =
  | { kind: 'queue'; step: string; applet: Applet<'acd'> }
  | { kind: 'release'; step: string }
  | { kind: 'call'; step: string; applet: Applet<'http-request'> };

/** Plans are checked for loops at load; this only guards against a plan changed underneath a running one. */
const MAX_STEPS = 256;

/**
 * Runs an interaction through its plan from `from`, as far as it goes without I/O: tagging skills, setting
 * priority and SLA, branching on properties. Pure: returns the interaction as the applets left it and where the
 * plan stopped.
 */
export function runPlan(
  plan: PlanConfig,
  from: string,
  start: InteractionSnapshot,
): { interaction: InteractionSnapshot; outcome: PlanOutcome } {
  let interaction = start;
  let step = from;
  for (let taken = 0; taken < MAX_STEPS; taken += 1) {
    const applet = plan.applets[step];
    if (!applet) throw new Error(`the plan has no applet "${step}"`);
    switch (applet.type) {
      case 'acd':
        return {
          interaction: {
            ...interaction,
            offerTimeoutSeconds: applet.offerTimeoutSeconds,
            wrapUpSeconds: applet.wrapUpSeconds,
            routingMode: applet.mode,
          },
          outcome: { kind: 'queue', step, applet },
        };
      case 'release':
        return { interaction, outcome: { kind: 'release', step } };
      case 'http-request':
        return { interaction, outcome: { kind: 'call', step, applet } };
      case 'skill-tagger': {
        const { personalQueue: _dropped, ...rest } = interaction;
        const base = applet.clearExisting ? { ...rest, skills: [] } : interaction;
        interaction = { ...base, skills: [...base.skills, ...applet.skills] };
        step = applet.next;
        break;
      }
      case 'set-priority':
        interaction = { ...interaction, priority: PRIORITIES[applet.priority] };
        step = applet.next;
        break;
      case 'set-sla':
        interaction = { ...interaction, slaSeconds: applet.targetSeconds };
        step = applet.next;
        break;
      case 'condition':
        step = applet.branches.find((branch) => conditionHolds(branch.when, interaction))?.next ?? applet.otherwise;
        break;
    }
  }
  throw new Error(`the plan did not end within ${MAX_STEPS} steps`);
}
