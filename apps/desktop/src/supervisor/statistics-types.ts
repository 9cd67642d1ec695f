// The shapes of the Statistics API (contracts/openapi/statistics.openapi.yaml) that the supervisor view reads.
// Written out here, as gws-types.ts is: the generated types live in a Node library the page does not import.

export interface Periods {
  tenant: string;
  asOf: string;
  dayStart: string;
  intervalStart: string;
  intervalSeconds: number;
}

export interface QueueRealTime {
  waiting: number;
  /** Highest priority first. */
  waitingByPriority: { priority: number; waiting: number }[];
  oldestWaitingSeconds: number;
  offered: number;
}

export interface AgentCounts {
  loggedIn: number;
  ready: number;
  busy: number;
  wrapUp: number;
  notReady: number;
  notReadyByReason: { reason: string; agents: number }[];
}

export interface Figures {
  entered: number;
  offered: number;
  accepted: number;
  rejected: number;
  offerTimeouts: number;
  abandoned: number;
  completed: number;
  transferred: number;
  averageSpeedOfAnswerSeconds: number;
  maxSpeedOfAnswerSeconds: number;
  averageHandleTimeSeconds: number;
  acceptedWithinSla: number;
  /** Absent while nothing was accepted. */
  serviceLevel?: number;
  splitByWaitTime: { thresholdSeconds: number; accepted: number; abandoned: number }[];
}

export interface QueueStatistics {
  /** Empty for agents' personal queues. */
  route: string;
  realTime: QueueRealTime;
  interval: Figures;
  today: Figures;
}

export interface Summary {
  realTime: QueueRealTime & { agents: AgentCounts };
  interval: Figures;
  today: Figures;
}

/** One event of GET /statistics/v1/stream. */
export interface LiveStatistics extends Periods {
  summary: Summary;
  queues: QueueStatistics[];
}

export type AgentState = 'logged-out' | 'ready' | 'busy' | 'wrap-up' | 'not-ready';

export interface AgentStatistics {
  agentId: string;
  username?: string;
  state: AgentState;
  notReadyReason?: string;
  secondsInState: number;
  interactions: number;
  load: { live: number; chat: number; nonlive: number };
  interval: Figures;
  today: Figures;
}

/** GET /statistics/v1/agents. */
export interface AgentStatisticsList extends Periods {
  agents: AgentStatistics[];
}
