import { randomUUID } from 'node:crypto';

/**
 * What an id sent by a client or another service may be: short, and of characters that cannot break a log line, a
 * header or a NATS header (no spaces, quotes or control characters). UUIDs, ULIDs, base64 and trace ids fit.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._~:;=+/@-]{1,128}$/;

/** The id as sent, if it is one we take; anything else (absent, repeated, too long, odd characters) is not. */
export function acceptedRequestId(sent: unknown): string | undefined {
  return typeof sent === 'string' && REQUEST_ID_PATTERN.test(sent) ? sent : undefined;
}

/** The id a request goes by: the one sent, when it is acceptable; a new UUID otherwise. */
export function requestIdFor(sent: unknown): string {
  return acceptedRequestId(sent) ?? randomUUID();
}
