import { ApiError } from '../errors/api-error.js';
import type { PageBounds } from '../errors/page-query.js';

/** An agent's ETag: its revision, quoted (a strong ETag). */
export const etagOf = (revision: number): string => `"${String(revision)}"`;

/**
 * The revision an If-Match names, or undefined without one. `*` matches any current agent (as HTTP says); anything
 * that is no ETag of ours can match nothing: 412, as for a stale one.
 */
export function revisionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(ifMatch);
  if (!match?.[1]) throw new ApiError('precondition_failed', 'If-Match is not an ETag of this resource');
  return Number(match[1]);
}

/** The documented bounds of `GET /admin/agents` (admin.openapi.yaml). */
export const AGENT_PAGES: PageBounds = { limitDefault: 100, limitMax: 500, offsetMax: 1_000_000 };
