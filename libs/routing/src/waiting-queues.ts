import type { WaitingGroupSnapshot } from './engine-snapshot.js';
import { INTERACTION_TYPES, type InteractionType } from './model.js';
import { SkillIds } from './skill-ids.js';
import { SkillSetIndex } from './skill-set-index.js';
import { WaitingLine } from './waiting-line.js';

/** A waiting interaction's place in line; a newer entry (higher version) supersedes older ones. */
export interface WaitingEntry {
  interactionId: string;
  version: number;
  urgent: boolean;
  /** Epoch ms by which the SLA wants it answered (Infinity without an SLA). */
  deadline: number;
  priority: number;
  queuedAt: number;
  /** Arrival order, the last tie-break: same inputs, same order. */
  seq: number;
}

/** Who is served first: SLA urgency (about to breach, earliest deadline first), then priority, then age. */
export function servedBefore(a: WaitingEntry, b: WaitingEntry): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  if (a.urgent && a.deadline !== b.deadline) return a.deadline - b.deadline;
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (a.queuedAt !== b.queuedAt) return a.queuedAt - b.queuedAt;
  return a.seq - b.seq;
}

interface WaitingGroup {
  key: string;
  type: InteractionType;
  /** The mandatory skills every member has in common (none for a personal queue). */
  skills: readonly string[];
  /** `skills` as ids, ascending: the group's key in the skill-set index. */
  skillIds: readonly number[];
  isPersonal: boolean;
  /** Exactly the members, each at its current place in line, keyed by interaction id. */
  members: WaitingLine;
  /** `members.peek()`, kept at hand: a freed agent reads the heads of many groups, each a cache miss away. */
  head: WaitingEntry | undefined;
}

export const generalKey = (type: InteractionType, mandatorySkills: readonly string[]): string =>
  `${type}|${mandatorySkills.join(',')}`;
export const personalKey = (agentId: string, type: InteractionType): string => `pq:${agentId}|${type}`;
const personalAgentOf = (key: string, type: InteractionType): string =>
  key.slice('pq:'.length, key.length - type.length - 1);

/**
 * Waiting interactions grouped by what an agent needs to take them (type + mandatory skills, or the one agent
 * of an active personal queue), each group a priority queue holding its members only. A freed agent looks at the
 * heads of the groups it qualifies for, found through a trie of their skill sets, so its choice costs
 * O(groups it qualifies for), not O(waiting interactions); joining, moving or leaving costs O(log n).
 */
export class WaitingQueues {
  private readonly groups = new Map<string, WaitingGroup>();
  /**
   * The personal-queue groups by agent, then type: a freed agent finds its own without building a key or looking
   * through every group of the tenant.
   */
  private readonly personal = new Map<string, Map<InteractionType, WaitingGroup>>();
  private waiting = 0;
  private readonly general = Object.fromEntries(
    INTERACTION_TYPES.map((t) => [t, new SkillSetIndex<WaitingGroup, number>()]),
  ) as Record<InteractionType, SkillSetIndex<WaitingGroup, number>>;

  constructor(private readonly skillIds: SkillIds = new SkillIds()) {}

  join(key: string, type: InteractionType, skills: readonly string[], entry: WaitingEntry, isPersonal: boolean): void {
    let group = this.groups.get(key);
    if (!group) {
      const skillIds = isPersonal ? [] : this.skillIds.sortedIds(skills);
      group = { key, type, skills, skillIds, isPersonal, members: new WaitingLine(), head: undefined };
      this.groups.set(key, group);
      if (isPersonal) this.addPersonal(personalAgentOf(key, type), group);
      else this.general[type].add(skillIds, group);
    }
    group.members.set(entry.interactionId, entry);
    group.head = group.members.peek();
    this.waiting += 1;
  }

  /** A member's place in line changed but it stays in the group (e.g. it became urgent). */
  requeue(key: string, entry: WaitingEntry): void {
    const group = this.groups.get(key);
    if (!group) return;
    group.members.set(entry.interactionId, entry);
    group.head = group.members.peek();
  }

  leave(key: string, interactionId: string): void {
    const group = this.groups.get(key);
    if (!group?.members.delete(interactionId)) return;
    group.head = group.members.peek();
    this.waiting -= 1;
    if (group.members.size > 0) return;
    this.groups.delete(key);
    if (!group.isPersonal) {
      this.general[group.type].remove(group.skillIds);
      return;
    }
    const agentId = personalAgentOf(key, group.type);
    const ofAgent = this.personal.get(agentId);
    ofAgent?.delete(group.type);
    if (ofAgent?.size === 0) this.personal.delete(agentId);
  }

  /** The group's first member in line. */
  head(key: string): WaitingEntry | undefined {
    return this.groups.get(key)?.head;
  }

  /** How many entries the group holds: exactly its members (tests hold it to that). */
  entriesIn(key: string): number {
    return this.groups.get(key)?.members.size ?? 0;
  }

  /**
   * What an agent free for `type` should take first: the best head among its personal queue and the general
   * groups whose skills it all has (`agentSkillIds` ascending, see SkillIds).
   */
  firstFor(type: InteractionType, agentId: string, agentSkillIds: readonly number[]): WaitingEntry | undefined {
    let best = this.personal.get(agentId)?.get(type)?.head;
    this.general[type].forEachWithin(agentSkillIds, (group) => {
      const { head } = group;
      if (head && (!best || servedBefore(head, best) < 0)) best = head;
    });
    return best;
  }

  /** Every group with its members, for a snapshot: joining them again, in any order, rebuilds the same lines. */
  groupsSnapshot(): WaitingGroupSnapshot[] {
    return [...this.groups.values()].map(({ key, type, skills, isPersonal, members }) => ({
      key,
      type,
      skills,
      isPersonal,
      members: members.values(),
    }));
  }

  waitingCount(): number {
    return this.waiting;
  }

  /** How many agents the personal-queue index holds: exactly those with a personal queue waiting (tests hold it to that). */
  agentsWithPersonalQueues(): number {
    return this.personal.size;
  }

  private addPersonal(agentId: string, group: WaitingGroup): void {
    let ofAgent = this.personal.get(agentId);
    if (!ofAgent) this.personal.set(agentId, (ofAgent = new Map<InteractionType, WaitingGroup>()));
    ofAgent.set(group.type, group);
  }
}
