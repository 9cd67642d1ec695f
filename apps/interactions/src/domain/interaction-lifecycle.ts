import type { WorkbinRef } from '@switchboard/contracts';
import type { TenantState } from './tenant-state.js';

/**
 * Where an interaction is in its life. An ended one (completed, released) is no longer in the system: its record
 * leaves the state with the event that ends it, so no phase says so. Wrap-up is its agent's state, not the
 * interaction's: the agent wraps up after the interaction has left (routing's wrap-up timer is the agent's), and an
 * agent wraps up once for several interactions completed together.
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

/**
 * An interaction's phase and who has it: stored with the interaction (InteractionRecord.lifecycle), written only by
 * the transitions (lifecycle-transitions.ts) as its events are folded, and the one answer every view reads (GWS,
 * ICWS, the supervisor's list, who may see it).
 */
export interface InteractionLifecycle {
  phase: LifecyclePhase;
  /** The agent it is offered to, handled, held or parked by, or whose own workbin holds it. */
  agentId?: string;
  /** The workbin holding it, in-workbin only. */
  workbin?: WorkbinRef;
  /** Until when an offer stands (epoch ms), offered only. */
  leaseUntil?: number;
  /** In its plan, waiting on a data connector call (the plan paused at an HTTP request applet). */
  paused?: true;
  /**
   * When its agent last took it (accepted, connected, pulled), epoch ms: ICWS Eic_ConnectTime. Kept while it is held,
   * parked or in a workbin; gone once it is off its agent and waits again.
   */
  connectedAt?: number;
}

/** The phases in which an agent has the interaction: offered to it, or connected to it (held and parked included). */
const WITH_AGENT: ReadonlySet<LifecyclePhase> = new Set(['offered', 'connected', 'held', 'parked']);

/** The agent the interaction is offered to or handled by (held and parked included); none in a workbin or queue. */
export const agentWithIt = (lifecycle: InteractionLifecycle): string | undefined =>
  WITH_AGENT.has(lifecycle.phase) ? lifecycle.agentId : undefined;

/** Whether the agent has accepted it and has it now: connected, held or parked (not only offered). */
export const isHandledBy = (lifecycle: InteractionLifecycle, agentId: string): boolean =>
  lifecycle.phase !== 'offered' && agentWithIt(lifecycle) === agentId;

/** Held by its agent, with a hold or an ICWS park. */
export const isOnHold = (lifecycle: InteractionLifecycle): boolean =>
  lifecycle.phase === 'held' || lifecycle.phase === 'parked';

/**
 * The interaction's lifecycle as the state stores it; undefined when it is not in the system. What the phase shows
 * without the stored details a view does not tell (a pause's data connector call, the time it connected).
 */
export function lifecycleOf(state: TenantState, interactionId: string): InteractionLifecycle | undefined {
  const lifecycle = state.interactions.get(interactionId)?.lifecycle;
  if (!lifecycle) return undefined;
  const { paused: _paused, connectedAt: _connectedAt, ...shown } = lifecycle;
  return shown;
}
