// The shapes of the Supervisor API (contracts/openapi/supervisor.openapi.yaml) that the explanation panel reads:
// GET /supervisor/v1/interactions/{id}/routing. Written out here, as gws-types.ts is.

export interface CandidateScore {
  agentId: string;
  optionalMatches: number;
  skillLevel: number;
  /** Epoch milliseconds of its last interaction or presence change. */
  idleSince: number;
}

export type PassedOverReason =
  'logged-out' | 'not-ready' | 'wrap-up' | 'channel-not-ready' | 'no-capacity' | 'missing-skill' | 'personal-queue';

export interface RoutingExplanation {
  trigger: 'interaction-routable' | 'agent-available';
  chosen: CandidateScore;
  runnersUp: CandidateScore[];
  passedOver: { reason: PassedOverReason; count: number; skill?: string; agentId?: string }[];
  mandatorySkills: string[];
  optionalSkills: string[];
  personalQueueAgentId?: string;
  queue: { urgent: boolean; priority: number; waitedMs: number };
}

export interface RoutingDecision {
  eventId: string;
  offeredAt: string;
  agentId: string;
  explanation: RoutingExplanation;
}

export interface InteractionRoutingHistory {
  id: string;
  externalId?: string;
  route?: string;
  routing: {
    status: 'waiting' | 'offered' | 'connected';
    agentId?: string;
    leaseUntil?: string;
    mandatorySkills: string[];
    urgent: boolean;
    personalQueueActive: boolean;
  };
  decisions: RoutingDecision[];
  /** User names of the agents the answer names, by agent id. */
  agentNames: Record<string, string>;
}
