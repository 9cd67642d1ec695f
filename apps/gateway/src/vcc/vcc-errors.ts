import type { ErrorProfile } from '../errors/error-profile.js';
import { statusAndMessage } from '../errors/plain-errors.js';

/** VCC: the HTTP status, its reason phrase and the message; a Bearer token is asked for on a 401. */
export const vccErrors: ErrorProfile = {
  dialect: 'vcc',
  render: (error) =>
    statusAndMessage(error, error.kind === 'unauthorized' ? { 'www-authenticate': 'Bearer realm="interactions"' } : {}),
};
