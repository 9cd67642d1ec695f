export type InteractionType = 'live' | 'chat' | 'nonlive';

export interface SkillRequirement {
  /** Lower-case: skill names are case-insensitive. */
  name: string;
  /** Absent: mandatory for ever. 0: optional. N: mandatory for N seconds after queueing, then optional. */
  expiryAfterSeconds?: number;
}

export interface RoutableInteraction {
  id: string;
  type: InteractionType;
  /** Epoch milliseconds; first in, first out among equals. */
  queuedAt: number;
  skills: readonly SkillRequirement[];
}

export interface RoutableAgent {
  id: string;
  loggedIn: boolean;
  ready: boolean;
  /** Epoch milliseconds of its last interaction or presence change: the longest idle is chosen first. */
  idleSince: number;
  /** Lower-case skill name → level 1–10. */
  skills: ReadonlyMap<string, number>;
  /** Interactions offered to or handled by the agent now. */
  activeInteractions: number;
}

export interface Assignment {
  interactionId: string;
  agentId: string;
}
