import { HTTP_STATUS } from '../errors/api-error.js';
import type { ErrorProfile } from '../errors/error-profile.js';

/** VCC's token endpoint speaks OAuth 2.0 (RFC 6749 §5.2): `{error, error_description}`. */
export const oauthErrors: ErrorProfile = {
  dialect: 'oauth',
  render: (error) => {
    const status = HTTP_STATUS[error.kind];
    if (error.kind === 'internal') {
      return {
        status,
        headers: {},
        body: { error: 'Internal Server Error', error_description: 'An internal server error occurred' },
      };
    }
    if (error.kind === 'unsupported_media_type') {
      return {
        status: 400,
        headers: {},
        body: {
          error: 'invalid_request',
          error_description: 'the body must be form-encoded (application/x-www-form-urlencoded)',
        },
      };
    }
    return { status, headers: {}, body: { error: error.code ?? 'invalid_request', error_description: error.message } };
  },
};
