import type { GwsApi } from '@switchboard/contracts';
import { HTTP_STATUS, type ApiErrorKind } from '../errors/api-error.js';
import type { ErrorProfile } from '../errors/error-profile.js';

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
  precondition_failed: 10, // the admin API's alone; never a GWS route's
  rate_limited: 3,
  bad_gateway: 4,
  service_unavailable: 4,
  internal: 4,
};

/** GWS: `{statusCode, statusMessage}` only, its own status codes; Basic authentication is asked for on a 401. */
export const gwsErrors: ErrorProfile = {
  dialect: 'gws',
  render: (error) => {
    const headers: Record<string, string> = {};
    if (error.kind === 'unauthorized') headers['www-authenticate'] = 'Basic realm="Switchboard"';
    return {
      status: HTTP_STATUS[error.kind],
      headers,
      body: { statusCode: GWS_STATUS_CODE[error.kind], statusMessage: error.message },
    };
  },
};
