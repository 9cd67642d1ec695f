import { ApiError } from '../errors/api-error.js';

/** The documented bounds of a GWS list page (gws-v2.openapi.yaml, `GET /api/v2/interactions`). */
export const PAGE_LIMIT_MAX = 1000;
export const PAGE_LIMIT_DEFAULT = 500;
export const PAGE_OFFSET_MAX = 10_000_000;

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

/** `offset` and `limit` of a list request, checked against the contract's bounds. */
export function pageQueryOf(query: { offset?: unknown; limit?: unknown }): PageQuery {
  return {
    offset: integerParameter('offset', query.offset, 0, 0, PAGE_OFFSET_MAX),
    limit: integerParameter('limit', query.limit, PAGE_LIMIT_DEFAULT, 1, PAGE_LIMIT_MAX),
  };
}
