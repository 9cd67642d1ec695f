/** Interaction types of VCC's multi-interaction routing. */
export const INTERACTION_TYPES = ['live', 'chat', 'nonlive'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** How much of an agent (percent) one interaction of each type takes. */
export type CapacityShares = Readonly<Record<InteractionType, number>>;

export interface SkillRequirement {
  /** Matched case-insensitively. */
  name: string;
  /** Absent: mandatory for ever. 0: optional. N: mandatory for N seconds after queueing, then optional. */
  expiryAfterSeconds?: number;
}

export interface PersonalQueueRequirement {
  agentId: string;
  /** How long only this agent may get the interaction, counted while the agent is logged in … */
  loggedInTimeoutSeconds: number;
  /** … and while it is logged out; the clock that runs follows the agent's presence. */
  loggedOutTimeoutSeconds: number;
}

/** Priorities, lowest to highest (VCC's Set Priority applet has five). */
export const PRIORITIES = { lowest: 1, lower: 2, normal: 3, higher: 4, highest: 5 } as const;
export const DEFAULT_PRIORITY = PRIORITIES.normal;

export interface SlaRequirement {
  /** Answer within this many seconds of queueing. */
  targetSeconds: number;
}

/** What the engine needs to know of an interaction to route it. */
export interface RoutableInteraction {
  id: string;
  type: InteractionType;
  /** Epoch milliseconds; kept when an offer is rejected or times out, so the interaction keeps its age. */
  queuedAt: number;
  skills: readonly SkillRequirement[];
  priority?: number;
  sla?: SlaRequirement;
  personalQueue?: PersonalQueueRequirement;
  /** How long an agent has to accept an offer of it. */
  offerTimeoutMs: number;
  /** How long its agent stays in wrap-up after completing it. */
  wrapUpMs: number;
  /**
   * skills-based (the default, VCC's UCD): optional-skill matches, then skill level, then idle time.
   * longest-waiting (VCC's ACD): idle time alone. Both keep mandatory skills and personal queues.
   */
  ranking?: AgentRanking;
}

export type AgentRanking = 'skills-based' | 'longest-waiting';

export interface AgentProfile {
  id: string;
  /** Skill name → level 1–10. */
  skills: Readonly<Record<string, number>>;
}

export type AgentStatus = 'ready' | 'not-ready' | 'wrap-up';

/** One agent as a candidate for one interaction: what ranked it. */
export interface CandidateScore {
  agentId: string;
  /** How many of the interaction's optional (or expired) skills the agent has. */
  optionalMatches: number;
  /** The sum of the agent's levels in the interaction's mandatory, unexpired skills. */
  skillLevel: number;
  idleSince: number;
}

export type PassOverReason =
  'logged-out' | 'not-ready' | 'wrap-up' | 'channel-not-ready' | 'no-capacity' | 'missing-skill' | 'personal-queue';

export interface PassedOver {
  reason: PassOverReason;
  count: number;
  /** The missing skill, for `missing-skill`. */
  skill?: string;
  /** The agent the personal queue is for, for `personal-queue`. */
  agentId?: string;
}

/** Why an interaction went to an agent: recorded with every offer. */
export interface RoutingExplanation {
  /**
   * interaction-routable: the interaction (new, back in line, or newly eligible) looked for the best free agent;
   * agent-available: an agent was freed and this was the most urgent interaction it could take.
   */
  trigger: 'interaction-routable' | 'agent-available';
  chosen: CandidateScore;
  /** The next best free agents that were eligible, and their scores. */
  runnersUp: CandidateScore[];
  /** Every other agent of the tenant, counted by why it could not take the interaction. */
  passedOver: PassedOver[];
  mandatorySkills: string[];
  optionalSkills: string[];
  personalQueueAgentId?: string;
  /** The interaction's place in the queue when it was chosen. */
  queue: { urgent: boolean; priority: number; waitedMs: number };
}

export type RoutingDecision =
  | { kind: 'offer'; interactionId: string; agentId: string; leaseUntil: number; explanation: RoutingExplanation }
  | { kind: 'offer-expired'; interactionId: string; agentId: string; at: number }
  | { kind: 'wrap-up-ended'; agentId: string; at: number };
