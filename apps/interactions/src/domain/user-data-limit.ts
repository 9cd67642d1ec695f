import type { CommandFailure, UserData } from '@switchboard/contracts';
import { failure } from './domain-failure.js';

/**
 * The most an interaction's user data (its ICWS custom attributes) may take, as JSON (README, Limits). Requests are
 * bounded one by one by the contracts; this bounds what they add up to, appends (ICWS appendMode) included, so
 * every event that carries the interaction stays far under the log's per-event limit.
 */
export const MAX_USER_DATA_BYTES = 64 * 1024;

const sizeOf = (userData: UserData | undefined): number =>
  userData === undefined ? 0 : Buffer.byteLength(JSON.stringify(userData));

/**
 * Why the interaction may not hold `after`, or undefined when it may. Only growth is refused: user data already over
 * the limit (stored before it existed) can still be made smaller.
 */
export function userDataRefusal(after: UserData | undefined, before?: UserData): CommandFailure | undefined {
  const bytes = sizeOf(after);
  if (bytes <= MAX_USER_DATA_BYTES || bytes <= sizeOf(before)) return undefined;
  return failure(
    'invalid_command',
    `an interaction holds at most ${String(MAX_USER_DATA_BYTES)} bytes of user data (custom attributes) as JSON; this would make ${String(bytes)}`,
  );
}
