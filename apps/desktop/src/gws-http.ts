import type { StatusResponse } from './gws-types.js';

/** GWS's CSRF header (tenants with `gwsCsrfProtection` hand its value out on every GET and want it on the rest). */
const CSRF_HEADER = 'X-CSRF-TOKEN';

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
    const response = await fetch(path, { headers: { accept: 'application/json', ...headers } });
    this.csrfToken = response.headers.get(CSRF_HEADER) ?? this.csrfToken;
    return this.bodyOf(response);
  }

  async post(path: string, body: unknown): Promise<StatusResponse> {
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
    if (this.csrfToken !== undefined) headers[CSRF_HEADER] = this.csrfToken;
    const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
    return (await this.bodyOf(response)) as StatusResponse;
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
