import { gwsErrors } from '../gws/gws-errors.js';
import { icwsErrors } from '../icws/icws-errors.js';
import { oauthErrors } from '../vcc/oauth-errors.js';
import { vccErrors } from '../vcc/vcc-errors.js';
import type { ErrorProfile } from './error-profile.js';
import { plainErrors } from './plain-errors.js';

/**
 * The profile of a request no route took (a 404, or a path under no controller): the API family its path belongs to,
 * as a vendor's client that mistyped a path still reads its own dialect's errors. Every routed request is answered
 * in its controller's profile instead (SpeaksDialect).
 */
export function errorProfileByPath(url: string): ErrorProfile {
  const path = url.toLowerCase();
  if (path.startsWith('/auth/')) return oauthErrors;
  if (path.startsWith('/interactions/')) return vccErrors;
  if (path.startsWith('/api/v2/')) return gwsErrors;
  if (path === '/icws' || path.startsWith('/icws/')) return icwsErrors;
  return plainErrors;
}
