import type { CommandFailure, DomainErrorCode } from '@switchboard/contracts';

/** A refused command, as the bus contract says it: `{ ok: false, error: { code, message } }`. */
export function failure(code: DomainErrorCode, message: string): CommandFailure {
  return { ok: false, error: { code, message } };
}
