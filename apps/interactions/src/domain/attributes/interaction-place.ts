import type { InteractionSnapshot } from '@switchboard/contracts';

/**
 * Where an interaction is, in the places a desktop tells apart: between the steps of its plan, waiting in a queue,
 * offered, connected, held, parked (an ICWS park and a workbin alike).
 */
export type InteractionPlace = 'initializing' | 'waiting' | 'offered' | 'connected' | 'held' | 'parked';

/**
 * What an interaction is, for the views computed from it: its snapshot, where it is, whose it is and when it came
 * and was taken. Dialect-neutral: libs/icws-dialect makes it the Eic_ attributes.
 */
export interface AttributeSource {
  snapshot: InteractionSnapshot;
  place: InteractionPlace;
  /** The agent it is offered to, handled by, or parked with. */
  agentUsername?: string;
  /** Epoch ms. */
  initiatedAt: number;
  /** Epoch ms, while an agent has it. */
  connectedAt?: number;
}
