import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The cookie that carries a session's secret; one per session, so a client may hold several sessions at once. */
export const cookieNameOf = (sessionId: string): string => `icws_${sessionId}`;

/** What a new session hands its client, and what the store keeps of it (only hashes of the two secrets). */
export interface SessionSecrets {
  sessionId: string;
  csrfToken: string;
  cookieSecret: string;
}

/** Random, URL-, cookie-name- and KV-key-safe values (base64url). */
export function newSessionSecrets(): SessionSecrets {
  const random = (bytes: number): string => randomBytes(bytes).toString('base64url');
  return { sessionId: random(18), csrfToken: random(24), cookieSecret: random(32) };
}

/** The secrets are long and random, so a fast hash is enough: a stolen store holds nothing a client can present. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

/** Whether a presented secret is the one whose hash was stored; compared in constant time. */
export function secretMatches(presented: string | undefined, storedHash: string): boolean {
  if (presented === undefined || presented === '') return false;
  const given = Buffer.from(hashSecret(presented));
  const expected = Buffer.from(storedHash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
