import { STATUS_CODES } from 'node:http';
import type { GwsApi } from '@switchboard/contracts';
import { HTTP_STATUS, type ApiError, type ApiErrorKind } from './api-error.js';
import { renderIcwsError } from './icws-errors.js';

export type Dialect = 'vcc' | 'oauth' | 'gws' | 'icws' | 'plain';

/** Which API family a path belongs to, and so which error format its clients parse. */
export function dialectOf(url: string): Dialect {
  const path = url.toLowerCase();
  if (path.startsWith('/auth/')) return 'oauth';
  if (path.startsWith('/interactions/')) return 'vcc';
  if (path.startsWith('/api/v2/')) return 'gws';
  if (path === '/icws' || path.startsWith('/icws/')) return 'icws';
  return 'plain';
}

/** GWS status codes (reference B3). */
export const GWS_STATUS_CODE: Record<ApiErrorKind, GwsApi.components['schemas']['StatusCode']> = {
  bad_request: 10,
  missing_parameter: 1,
  unauthorized: 20,
  forbidden: 3,
  no_permission: 5,
  not_found: 6,
  payload_too_large: 10,
  unsupported_media_type: 10,
  invalid_state: 2,
  rate_limited: 3,
  bad_gateway: 4,
  service_unavailable: 4,
  internal: 4,
};

export interface RenderedError {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

export function renderError(dialect: Dialect, error: ApiError): RenderedError {
  const status = HTTP_STATUS[error.kind];
  const headers: Record<string, string> = {};
  switch (dialect) {
    case 'gws':
      if (error.kind === 'unauthorized') headers['www-authenticate'] = 'Basic realm="Switchboard"';
      return { status, headers, body: { statusCode: GWS_STATUS_CODE[error.kind], statusMessage: error.message } };
    case 'oauth':
      if (error.kind === 'internal') {
        return {
          status,
          headers,
          body: { error: 'Internal Server Error', error_description: 'An internal server error occurred' },
        };
      }
      if (error.kind === 'unsupported_media_type') {
        return {
          status: 400,
          headers,
          body: {
            error: 'invalid_request',
            error_description: 'the body must be form-encoded (application/x-www-form-urlencoded)',
          },
        };
      }
      return { status, headers, body: { error: error.code ?? 'invalid_request', error_description: error.message } };
    case 'vcc':
      if (error.kind === 'unauthorized') headers['www-authenticate'] = 'Bearer realm="interactions"';
      return {
        status,
        headers,
        body: { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: error.message },
      };
    case 'icws':
      return renderIcwsError(error);
    case 'plain':
      return {
        status,
        headers,
        body: { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: error.message },
      };
  }
}
