import type { CapacityShares, InteractionType } from './model.js';

/** One interaction at a time, whatever its type: VCC's default without multi-interaction routing. */
export const DEFAULT_CAPACITY: CapacityShares = { live: 100, chat: 100, nonlive: 100 };
export const FULL_AGENT = 100;

/** Problems with a capacity configuration, for the config loader to report; empty when valid. */
export function capacityProblems(shares: CapacityShares): string[] {
  const problems: string[] = [];
  for (const [type, share] of Object.entries(shares)) {
    if (!Number.isInteger(share) || share < 1 || share > FULL_AGENT) problems.push(`${type} must be a whole percent from 1 to 100`);
  }
  if (shares.live <= FULL_AGENT / 2) problems.push('live must be over 50, so that two live interactions never share an agent');
  return problems;
}

/** Whether an agent with `load` percent in use, `live` of it live, can take one more interaction of `type`. */
export function fits(shares: CapacityShares, load: number, live: number, type: InteractionType): boolean {
  if (type === 'live' && live > 0) return false;
  return load + shares[type] <= FULL_AGENT;
}
