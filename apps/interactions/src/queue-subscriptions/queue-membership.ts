import type { QueueKey } from './queue-key.js';

/**
 * Which interactions each queue holds, kept as interactions move: a subscription's snapshot reads its queues'
 * members, and a change to one interaction looks only at the queues it left or entered.
 */
export class QueueMembership {
  private readonly members = new Map<QueueKey, Set<string>>();
  private readonly queues = new Map<string, readonly QueueKey[]>();

  /** Records the queues an interaction is in now (none: it left the system); returns those it was in before. */
  move(interactionId: string, now: readonly QueueKey[]): readonly QueueKey[] {
    const before = this.queues.get(interactionId) ?? [];
    for (const key of before) {
      if (now.includes(key)) continue;
      const ids = this.members.get(key);
      ids?.delete(interactionId);
      if (ids?.size === 0) this.members.delete(key);
    }
    for (const key of now) {
      const ids = this.members.get(key) ?? new Set<string>();
      ids.add(interactionId);
      this.members.set(key, ids);
    }
    if (now.length === 0) this.queues.delete(interactionId);
    else this.queues.set(interactionId, now);
    return before;
  }

  /** The interactions in any of the queues, oldest first (interaction ids grow with time). */
  membersOf(keys: readonly QueueKey[]): string[] {
    const ids = new Set<string>();
    for (const key of keys) for (const id of this.members.get(key) ?? []) ids.add(id);
    return [...ids].sort((a, b) => Number(a) - Number(b));
  }

  clear(): void {
    this.members.clear();
    this.queues.clear();
  }
}
