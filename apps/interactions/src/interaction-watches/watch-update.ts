import type { StringAttributes } from '@switchboard/contracts';
import { changedAttributes } from '../queue-subscriptions/queue-contents.js';

/** What a watch's client is to be told next of its interaction. */
export type WatchUpdate =
  /** Every watched attribute (`isDelta: false`): the client replaces what it had. */
  | { kind: 'all'; attributes: StringAttributes }
  /** Only the watched attributes whose value is not what was shown (`isDelta: true`). */
  | { kind: 'changed'; attributes: StringAttributes }
  /** The interaction ended: the watch ends with it. */
  | { kind: 'deallocated' };

/**
 * The next message of a watch, from what its client was shown (undefined: nothing yet, or nothing it can build on)
 * and the watched attributes now (undefined: the interaction is no longer in the system); undefined when there is
 * nothing to tell.
 */
export function watchUpdate(
  shown: StringAttributes | undefined,
  now: StringAttributes | undefined,
): WatchUpdate | undefined {
  if (now === undefined) return { kind: 'deallocated' };
  if (shown === undefined) return { kind: 'all', attributes: now };
  const changed = changedAttributes(shown, now);
  return changed === undefined ? undefined : { kind: 'changed', attributes: changed };
}
