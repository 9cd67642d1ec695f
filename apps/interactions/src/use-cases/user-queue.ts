import type { InteractionSnapshot } from '@switchboard/contracts';

/** The contract's ceiling for a personal queue's timeouts (31 days less a second). */
const PERSONAL_QUEUE_MAX_SECONDS = 2_678_399;

/**
 * What puts an interaction in one agent's ICWS user queue while it waits: a personal queue for that agent, for as
 * long as a personal queue can last.
 */
export const userQueueOf = (username: string): NonNullable<InteractionSnapshot['personalQueue']> => ({
  agent: username,
  loggedInTimeoutSeconds: PERSONAL_QUEUE_MAX_SECONDS,
  loggedOutTimeoutSeconds: PERSONAL_QUEUE_MAX_SECONDS,
});
