import { isReservedAttribute } from '@switchboard/icws-dialect';
import { ApiError } from '../errors/api-error.js';

/**
 * `select=A, B,,C` → ['A', 'B', 'C']: trimmed, empty items dropped, case kept (the answer names each attribute as
 * asked). Absent or empty: undefined, which asks for the id alone (Eic_CallId).
 */
export function parseSelect(select: string | undefined): string[] | undefined {
  const names = (select ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length === 0 ? undefined : [...new Set(names)];
}

/** Refuses a change to a system attribute, naming the first one. */
export function assertCustomAttributes(attributes: Record<string, unknown>, property: string): void {
  const reserved = Object.keys(attributes).find(isReservedAttribute);
  if (reserved !== undefined) {
    throw new ApiError('bad_request', `${reserved} is a system attribute (Eic_*) and cannot be set`, { property });
  }
}
