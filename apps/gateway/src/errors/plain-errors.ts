import { STATUS_CODES } from 'node:http';
import { HTTP_STATUS, type ApiError } from './api-error.js';
import type { ErrorProfile, RenderedError } from './error-profile.js';

/** The HTTP status, its reason phrase and the message: Switchboard's own routes', and VCC's (vcc-errors.ts). */
export function statusAndMessage(error: ApiError, headers: Record<string, string> = {}): RenderedError {
  const status = HTTP_STATUS[error.kind];
  return {
    status,
    headers,
    body: { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: error.message },
  };
}

/** Switchboard's own routes (health, admin, the demo's sinks) and paths no route serves. */
export const plainErrors: ErrorProfile = { dialect: 'plain', render: (error) => statusAndMessage(error) };
