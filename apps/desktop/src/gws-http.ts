import type { StatusResponse } from './gws-types.js';

/** GWS's CSRF header (tenants with `gwsCsrfProtection` hand its value out on every GET and want it on the rest). */
const CSRF_HEADER = 'X-CSRF-TOKEN';

/**
 * Says the page's own script is asking: the gateway then answers a 401 without `WWW-Authenticate`, on which the
 * browser would open its login dialog and hold the request, so the page sees its session expired. CometD sends it
 * too (notifications.ts).
 */
export const SCRIPT_REQUEST_HEADERS = { 'X-Requested-With': 'XMLHttpRequest' } as const;

export class GwsError extends Error {
  constructor(
    readonly status: number,
    readonly body: StatusResponse | undefined,
  ) {
    super(body?.statusMessage ?? `HTTP ${status}`);
  }
}

/**
 * The page's GWS API calls, same-origin. Signing in sends the agent's Basic credentials once, on GET /api/v2/me;
 * the gateway answers with its session cookie (JSESSIONID, HttpOnly), which the browser then sends on every call
 * and every CometD request, so the password is not kept. Where the tenant protects against CSRF, the token of the
 * latest GET is sent back on every POST.
 */
export class GwsHttp {
  private csrfToken: string | undefined;
  /**
   * Told when a call of the signed-in page is answered 401: the session cookie expired (or was dropped), and only a
   * new sign-in helps. Not on the sign-in's own check of the credentials.
   */
  onSessionExpired: (() => void) | undefined;

  /**
   * Signs in; resolves with the agent as GWS shows it, rejects with a GwsError (401 for wrong credentials). GWS
   * answers a 401 with `WWW-Authenticate: Basic`, on which a browser opens its own login dialog for a request that
   * includes credentials; one that omits them gets the 401 as it is (the Fetch standard's HTTP-network-or-cache
   * fetch). So the credentials are checked first by such a request, which cannot store the session cookie either,
   * and only a sign-in that passed is repeated with cookies on, to be handed the session.
   */
  async signIn(username: string, password: string): Promise<unknown> {
    const basic = btoa(String.fromCodePoint(...new TextEncoder().encode(`${username}:${password}`)));
    const headers = { accept: 'application/json', authorization: `Basic ${basic}` };
    await this.bodyOf(await fetch('/api/v2/me', { headers, credentials: 'omit' }));
    return this.get('/api/v2/me', headers);
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<unknown> {
    const response = await fetch(path, {
      headers: { accept: 'application/json', ...SCRIPT_REQUEST_HEADERS, ...headers },
    });
    this.csrfToken = response.headers.get(CSRF_HEADER) ?? this.csrfToken;
    return this.signedInBodyOf(response);
  }

  async post(path: string, body: unknown): Promise<StatusResponse> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'content-type': 'application/json',
      ...SCRIPT_REQUEST_HEADERS,
    };
    if (this.csrfToken !== undefined) headers[CSRF_HEADER] = this.csrfToken;
    const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
    return (await this.signedInBodyOf(response)) as StatusResponse;
  }

  private signedInBodyOf(response: Response): Promise<unknown> {
    if (response.status === 401) this.onSessionExpired?.();
    return this.bodyOf(response);
  }

  private async bodyOf(response: Response): Promise<unknown> {
    const body: unknown = await response.json().catch(() => undefined);
    const status = body as StatusResponse | undefined;
    if (!response.ok || (typeof status?.statusCode === 'number' && status.statusCode !== 0)) {
      throw new GwsError(response.status, status);
    }
    return body;
  }
}
