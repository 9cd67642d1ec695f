import { ApiError } from '../errors/api-error.js';

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

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;
const MAX_OFFSET = 1_000_000;

/** offset and limit from the query, as the contract bounds them; anything else is a 400 naming it. */
export function pageOf(offset: string | undefined, limit: string | undefined): { offset: number; limit: number } {
  const parsed = (name: string, value: string | undefined, fallback: number, min: number, max: number): number => {
    if (value === undefined) return fallback;
    const number = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
    if (!(number >= min && number <= max))
      throw new ApiError('bad_request', `${name}: must be an integer from ${String(min)} to ${String(max)}`);
    return number;
  };
  return {
    offset: parsed('offset', offset, 0, 0, MAX_OFFSET),
    limit: parsed('limit', limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
  };
}
