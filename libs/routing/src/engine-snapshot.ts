import type { AgentStatus, InteractionType, RoutableInteraction } from './model.js';
import type { Timer } from './scheduler.js';
import type { TimedSkill } from './skills.js';
import type { WaitingEntry } from './waiting-queues.js';

/** Timers that change where an interaction waits. */
export type WakeupKind = 'skill-expiry' | 'sla-urgent' | 'personal-queue-expiry';
/** Timers that end something: an offer's lease, an agent's wrap-up. */
export type DeadlineKind = 'offer-lease' | 'wrap-up';

/**
 * A routing engine's state as plain data (Maps, Sets, numbers and strings, Infinity included), for a structured-clone
 * serializer such as `v8.serialize`: `RoutingEngine.restore` rebuilds every index from it, so a restored engine
 * decides exactly as the one it was taken from. It describes state, never the code: indexes are not in it.
 */
export interface RoutingEngineSnapshot {
  seq: number;
  agents: AgentSnapshot[];
  /** In the engine's order (the order they were queued). */
  interactions: InteractionSnapshotData[];
  /** Every waiting group's members, each with its place in line as it was last filed. */
  waiting: WaitingGroupSnapshot[];
  /** Each scheduler's timers, earliest first (ties in the order they were scheduled). */
  wakeups: Timer<WakeupKind>[];
  deadlines: Timer<DeadlineKind>[];
  dirtyAgents: string[];
  dirtyInteractions: WaitingEntry[];
  personalQueuesByAgent: [string, string[]][];
}

/** What changes of an agent; its skills and roster order come from the roster it is restored with. */
export interface AgentSnapshot {
  id: string;
  loggedIn: boolean;
  status: AgentStatus;
  notReadyReason?: string;
  wrapUpUntil: number;
  idleSince: number;
  interactions: [string, InteractionType][];
  closed: InteractionType[];
}

/** The clock of an interaction's personal queue: the one that runs follows the target agent's presence. */
export interface PersonalQueueClock {
  agentId: string;
  budgetMs: Record<'in' | 'out', number>;
  usedMs: Record<'in' | 'out', number>;
  running: 'in' | 'out';
  since: number;
  expired: boolean;
}

/** An interaction as the engine keeps it (the engine's own record, not a copy). */
export interface InteractionSnapshotData {
  request: RoutableInteraction;
  seq: number;
  skills: TimedSkill[];
  priority: number;
  deadline: number;
  urgentAt: number;
  status: 'waiting' | 'offered' | 'connected';
  agentId?: string;
  leaseUntil?: number;
  /** Its waiting group while it waits. */
  placement?: string;
  version: number;
  /** Waiting to be looked at for a free agent (its current entry is in the dirty heap). */
  dirty: boolean;
  personalQueue?: PersonalQueueClock;
}

export interface WaitingGroupSnapshot {
  key: string;
  type: InteractionType;
  skills: readonly string[];
  isPersonal: boolean;
  members: WaitingEntry[];
}
