import { randomBytes } from 'node:crypto';

/**
 * A server-sent event's id names one message of one session's queue as this notifier holds it: `<tag>-<seq>`, the tag
 * random per queue (so an id from another notifier, or from a queue dropped since, is never taken for one of this
 * queue's), the sequence increasing within it. A reconnecting EventSource sends the last one back as `Last-Event-ID`.
 */
export interface StreamEventId {
  tag: string;
  seq: number;
}

/** Longer than any id this notifier writes: a longer header is refused unread. */
export const MAX_LAST_EVENT_ID_LENGTH = 64;
const STREAM_EVENT_ID = /^([0-9a-f]{1,32})-([1-9][0-9]{0,14})$/;

export const newQueueTag = (): string => randomBytes(6).toString('hex');

export const formatStreamEventId = ({ tag, seq }: StreamEventId): string => `${tag}-${String(seq)}`;

/** The id a client sent back, or undefined when it is not one this notifier could have written. */
export function parseStreamEventId(raw: string): StreamEventId | undefined {
  if (raw.length > MAX_LAST_EVENT_ID_LENGTH) return undefined;
  const match = STREAM_EVENT_ID.exec(raw.trim());
  if (!match) return undefined;
  return { tag: match[1] as string, seq: Number(match[2]) };
}
