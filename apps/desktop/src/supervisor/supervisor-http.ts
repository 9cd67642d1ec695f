import { SCRIPT_REQUEST_HEADERS } from '../gws-http.js';

/** A refusal of the Statistics or Supervisor API: its HTTP status and the `message` of its error body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The supervisor's calls to the Statistics and Supervisor APIs, same-origin: the GWS session cookie set at sign-in
 * authenticates them (both APIs take a supervisor's JSESSIONID), so no credentials are kept in the page.
 */
export async function apiRequest(
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<unknown> {
  const method = init.method ?? 'GET';
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      // a 401 then comes without WWW-Authenticate, so no browser login dialog holds it: the page sees it
      ...SCRIPT_REQUEST_HEADERS,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = (body as { message?: unknown } | undefined)?.message;
    throw new ApiFailure(response.status, typeof message === 'string' ? message : `HTTP ${response.status}`);
  }
  return body;
}
