import { Heap } from 'heap-js';
import { INTERACTION_TYPES, type InteractionType } from './model.js';

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
  heap: Heap<WaitingEntry>;
  /** Members still waiting here (the heap may also hold superseded entries, dropped lazily). */
  size: number;
}

export const generalKey = (type: InteractionType, mandatorySkills: readonly string[]): string =>
  `${type}|${mandatorySkills.join(',')}`;
export const personalKey = (agentId: string, type: InteractionType): string => `pq:${agentId}|${type}`;

function countCombinations(n: number, upTo: number): number {
  let total = 0;
  let term = 1;
  for (let k = 0; k <= Math.min(upTo, n); k += 1) {
    total += term;
    term = (term * (n - k)) / (k + 1);
  }
  return total;
}

/**
 * Waiting interactions grouped by what an agent needs to take them (type + mandatory skills, or the one agent
 * of an active personal queue), each group a priority queue. A freed agent only looks at the heads of the groups
 * it qualifies for, so its choice costs O(groups it qualifies for × log n), not O(waiting interactions).
 */
export class WaitingQueues {
  private readonly groups = new Map<string, WaitingGroup>();
  private members = 0;
  private readonly general = Object.fromEntries(INTERACTION_TYPES.map((t) => [t, new Map<string, WaitingGroup>()])) as Record<
    InteractionType,
    Map<string, WaitingGroup>
  >;
  /** Per type: how many groups require how many skills, to know the largest requirement. */
  private readonly bySkillCount = Object.fromEntries(INTERACTION_TYPES.map((t) => [t, new Map<number, number>()])) as Record<
    InteractionType,
    Map<number, number>
  >;

  join(key: string, type: InteractionType, skills: readonly string[], entry: WaitingEntry, isPersonal: boolean): void {
    let group = this.groups.get(key);
    if (!group) {
      group = { key, type, skills, heap: new Heap<WaitingEntry>(servedBefore), size: 0 };
      this.groups.set(key, group);
      if (!isPersonal) {
        this.general[type].set(key, group);
        const counts = this.bySkillCount[type];
        counts.set(skills.length, (counts.get(skills.length) ?? 0) + 1);
      }
    }
    group.heap.push(entry);
    group.size += 1;
    this.members += 1;
  }

  /** A member's entry is superseded but it stays in the group (e.g. it became urgent). */
  requeue(key: string, entry: WaitingEntry): void {
    this.groups.get(key)?.heap.push(entry);
  }

  leave(key: string): void {
    const group = this.groups.get(key);
    if (!group) return;
    group.size -= 1;
    this.members -= 1;
    if (group.size > 0) return;
    this.groups.delete(key);
    if (this.general[group.type].delete(key)) {
      const counts = this.bySkillCount[group.type];
      const left = (counts.get(group.skills.length) ?? 1) - 1;
      if (left === 0) counts.delete(group.skills.length);
      else counts.set(group.skills.length, left);
    }
  }

  /** The first valid entry of a group, dropping superseded ones on the way. */
  head(key: string, isCurrent: (entry: WaitingEntry) => boolean): WaitingEntry | undefined {
    const group = this.groups.get(key);
    if (!group) return undefined;
    for (let top = group.heap.peek(); top; top = group.heap.peek()) {
      if (isCurrent(top)) return top;
      group.heap.pop();
    }
    return undefined;
  }

  /**
   * The keys of the general groups of `type` whose skills the agent all has. Enumerates the agent's skill
   * subsets up to the largest requirement, or scans the groups, whichever is fewer lookups.
   */
  groupsFor(type: InteractionType, agentSkills: readonly string[]): string[] {
    const groups = this.general[type];
    if (groups.size === 0) return [];
    const largest = Math.max(...this.bySkillCount[type].keys());
    if (countCombinations(agentSkills.length, largest) < groups.size) {
      const keys: string[] = [];
      const combination: string[] = [];
      const visit = (start: number): void => {
        const key = generalKey(type, combination);
        if (groups.has(key)) keys.push(key);
        if (combination.length === largest) return;
        for (let i = start; i < agentSkills.length; i += 1) {
          combination.push(agentSkills[i] as string);
          visit(i + 1);
          combination.pop();
        }
      };
      visit(0);
      return keys;
    }
    const has = new Set(agentSkills);
    return [...groups.values()].filter((g) => g.skills.every((s) => has.has(s))).map((g) => g.key);
  }

  waitingCount(): number {
    return this.members;
  }
}
