import type { CapacityShares, InteractionType } from './model.js';

/** One interaction at a time, whatever its type: VCC's default without multi-interaction routing. */
export const DEFAULT_CAPACITY: CapacityShares = { live: 100, chat: 100, nonlive: 100 };
export const FULL_AGENT = 100;

/** Whether an agent with `load` percent in use, `live` of it live, can take one more interaction of `type`. */
export function fits(shares: CapacityShares, load: number, live: number, type: InteractionType): boolean {
  if (type === 'live' && live > 0) return false;
  return load + shares[type] <= FULL_AGENT;
}
