import type { WorkbinRef } from '@switchboard/contracts';
import { isOnHold, type InteractionLifecycle, type LifecyclePhase } from './interaction-lifecycle.js';

/**
 * The only writers of an interaction's lifecycle: each takes the lifecycle it has and returns the next. The state's
 * fold calls them as it applies events, so each must be total — a transition that does not apply to the phase the
 * interaction is in (a log written by older code, an agent removed from the configuration since) returns the
 * lifecycle unchanged rather than throw, and replay still starts. Each moves as the routing engine moves the same
 * interaction for the same event, so what the lifecycle says and what routing does agree.
 */

/** Where an interaction starts, before its plan queues it: routing has not seen it. */
export const created = (): InteractionLifecycle => ({ phase: 'in-plan' });

const phaseIn =
  (...phases: LifecyclePhase[]) =>
  (lifecycle: InteractionLifecycle): boolean =>
    phases.includes(lifecycle.phase);

const connectedToAgent = phaseIn('connected', 'held', 'parked');

/** Its plan waits on a data connector call (interaction.plan-paused): only between steps of its plan. */
export const pauseInPlan = (lifecycle: InteractionLifecycle): InteractionLifecycle =>
  lifecycle.phase === 'in-plan' ? { phase: 'in-plan', paused: true } : lifecycle;

/** The call its plan waited on answered (interaction.plan-step-completed): between steps again. */
export const resumePlan = (lifecycle: InteractionLifecycle): InteractionLifecycle =>
  lifecycle.phase === 'in-plan' ? created() : lifecycle;

/**
 * In line for an agent, from wherever it was (interaction.queued; a pull or pickup by an agent removed from the
 * configuration since, which routing queues instead): routing has it waiting, whatever it had before.
 */
export const queue = (_lifecycle: InteractionLifecycle): InteractionLifecycle => ({ phase: 'queued' });

/** Offered to the agent until the lease (interaction.offered, interaction.transferred): only what waits in line. */
export const offer = (lifecycle: InteractionLifecycle, agentId: string, leaseUntil: number): InteractionLifecycle =>
  lifecycle.phase === 'queued' ? { phase: 'offered', agentId, leaseUntil } : lifecycle;

/** The agent accepted its offer (interaction.accepted): connected to it since `at`. */
export const accept = (lifecycle: InteractionLifecycle, at: number): InteractionLifecycle =>
  lifecycle.phase === 'offered' && lifecycle.agentId !== undefined
    ? { phase: 'connected', agentId: lifecycle.agentId, connectedAt: at }
    : lifecycle;

/** Connected to the agent at once, with no offer (a pickup, a call placed, a pull out of a workbin), from anywhere. */
export const connect = (_lifecycle: InteractionLifecycle, agentId: string, at: number): InteractionLifecycle => ({
  phase: 'connected',
  agentId,
  connectedAt: at,
});

/**
 * Off its agent and back in line with its age (a reject, an offer timing out or taken back, a cancel, a transfer, the
 * agent logging out or gone from the configuration). What routing does not have (in its plan, in a workbin) stays.
 */
export const returnToQueue = (lifecycle: InteractionLifecycle): InteractionLifecycle =>
  phaseIn('queued', 'offered', 'connected', 'held', 'parked')(lifecycle) ? { phase: 'queued' } : lifecycle;

const withPhase = (lifecycle: InteractionLifecycle, phase: 'connected' | 'held' | 'parked'): InteractionLifecycle => ({
  phase,
  ...(lifecycle.agentId === undefined ? {} : { agentId: lifecycle.agentId }),
  ...(lifecycle.connectedAt === undefined ? {} : { connectedAt: lifecycle.connectedAt }),
});

/** Its agent holds it (interaction.held): only what the agent is connected to; a parked one is held again. */
export const hold = (lifecycle: InteractionLifecycle): InteractionLifecycle =>
  connectedToAgent(lifecycle) ? withPhase(lifecycle, 'held') : lifecycle;

/** Its agent parks it with ICWS park (interaction.held, parked): still its agent's. */
export const park = (lifecycle: InteractionLifecycle): InteractionLifecycle =>
  connectedToAgent(lifecycle) ? withPhase(lifecycle, 'parked') : lifecycle;

/** Its agent takes it back from a hold or a park (interaction.retrieved). */
export const retrieve = (lifecycle: InteractionLifecycle): InteractionLifecycle =>
  isOnHold(lifecycle) ? withPhase(lifecycle, 'connected') : lifecycle;

/**
 * Parked in a workbin (interaction.placed-in-workbin), from wherever it was: out of routing, its agent's capacity
 * free; an agent's own workbin keeps it that agent's. When it last connected stays with it.
 */
export const placeInWorkbin = (lifecycle: InteractionLifecycle, workbin: WorkbinRef): InteractionLifecycle => ({
  phase: 'in-workbin',
  workbin,
  ...(workbin.ownerAgentId === undefined ? {} : { agentId: workbin.ownerAgentId }),
  ...(lifecycle.connectedAt === undefined ? {} : { connectedAt: lifecycle.connectedAt }),
});

/**
 * Off its agent and out of routing into a plan again (interaction.route-transferred), from wherever it was: the new
 * route's plan queues, pauses or releases it.
 */
export const enterPlan = (_lifecycle: InteractionLifecycle): InteractionLifecycle => created();
