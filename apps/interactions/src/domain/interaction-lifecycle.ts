import type { WorkbinRef } from '@switchboard/contracts';
import type { InteractionRoutingView } from '@switchboard/routing';
import type { TenantState } from './tenant-state.js';

/**
 * Where an interaction is in its life. An ended one (completed, released) is no longer in the system; wrap-up is its
 * agent's state, not the interaction's.
 */
export type LifecyclePhase =
  /** between the steps of its plan (a data connector call, a pause): routed by nobody yet */
  | 'in-plan'
  /** waiting in line for an agent */
  | 'queued'
  | 'offered'
  | 'connected'
  /** connected, and held by its agent */
  | 'held'
  /** held with ICWS park: still its agent's */
  | 'parked'
  /** parked in a workbin: out of routing until pulled back */
  | 'in-workbin';

/** An interaction's phase and who has it: the one answer every view reads (GWS, ICWS, the supervisor's list). */
export interface InteractionLifecycle {
  phase: LifecyclePhase;
  /** The agent it is offered to, handled, held or parked by, or whose own workbin holds it. */
  agentId?: string;
  /** The workbin holding it, in-workbin only. */
  workbin?: WorkbinRef;
  /** Until when an offer stands (epoch ms), offered only. */
  leaseUntil?: number;
}

/**
 * The interaction's lifecycle, from the state's folds (the routing engine, the workbins, holds and parks); undefined
 * when it is not in the system. A caller that already read the engine's view of it passes that view.
 */
export function lifecycleOf(
  state: TenantState,
  interactionId: string,
  now: number,
  routing: InteractionRoutingView | undefined = state.engine.interaction(interactionId, now),
): InteractionLifecycle | undefined {
  if (!state.interactions.has(interactionId)) return undefined;
  const workbin = state.workbinOf(interactionId);
  if (workbin) {
    return {
      phase: 'in-workbin',
      workbin,
      ...(workbin.ownerAgentId === undefined ? {} : { agentId: workbin.ownerAgentId }),
    };
  }
  if (!routing) return { phase: 'in-plan' };
  const agent = routing.agentId === undefined ? {} : { agentId: routing.agentId };
  switch (routing.status) {
    case 'waiting':
      return { phase: 'queued' };
    case 'offered':
      return {
        phase: 'offered',
        ...agent,
        ...(routing.leaseUntil === undefined ? {} : { leaseUntil: routing.leaseUntil }),
      };
    case 'connected':
      if (state.isParked(interactionId)) return { phase: 'parked', ...agent };
      return { phase: state.isHeld(interactionId) ? 'held' : 'connected', ...agent };
  }
}
