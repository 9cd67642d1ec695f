import { ApiError } from './api-error.js';

/** A list endpoint's documented bounds of `offset` and `limit` (its contract's query parameters). */
export interface PageBounds {
  limitDefault: number;
  limitMax: number;
  offsetMax: number;
}

export interface PageQuery {
  offset: number;
  limit: number;
}

/** A query parameter that must be a plain decimal integer in [min, max]; one given twice is refused too. */
function integerParameter(name: string, raw: unknown, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new ApiError('bad_request', `Parameter '${name}' must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** `offset` and `limit` of a list request, checked against the endpoint's bounds. */
export function pageQueryOf(query: { offset?: unknown; limit?: unknown }, bounds: PageBounds): PageQuery {
  return {
    offset: integerParameter('offset', query.offset, 0, 0, bounds.offsetMax),
    limit: integerParameter('limit', query.limit, bounds.limitDefault, 1, bounds.limitMax),
  };
}
