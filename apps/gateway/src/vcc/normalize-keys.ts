import { ApiError } from '../errors/api-error.js';

/**
 * The vendor's prose writes `requestId` and `externalId`, its examples `requestid` and `externalid`: Invoke
 * accepts any case. Every key of an Invocation is lower-case in the contract and none is a free-form map, so
 * keys are lower-cased throughout before validation; the same key twice in two spellings is refused.
 */
export function normalizeInvocationKeys(value: unknown, path = 'the body'): unknown {
  if (Array.isArray(value)) return value.map((item, index) => normalizeInvocationKeys(item, `${path}[${index}]`));
  if (!value || typeof value !== 'object') return value;
  const normalized: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const lower = key.toLowerCase();
    if (lower in normalized) throw new ApiError('bad_request', `${path} has "${lower}" twice, in different cases`);
    normalized[lower] = normalizeInvocationKeys(inner, path === 'the body' ? lower : `${path}.${lower}`);
  }
  return normalized;
}
