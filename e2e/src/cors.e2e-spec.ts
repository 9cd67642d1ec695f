// CORS_ORIGINS: which browser pages may call the APIs. Each platform below is started with its own setting.
import { describe, expect, it } from '@jest/globals';
import { usePlatform, type PlatformSuite } from './support/platform-suite.js';

const ALLOWED = 'https://desk.example.com';
const OTHER = 'https://evil.example.net';

/** A browser's preflight for a cross-origin Invoke with a bearer token. */
const preflight = (suite: PlatformSuite, origin: string): Promise<Response> =>
  fetch(`${suite.platform.baseUrl}/interactions/Invoke`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

const corsHeadersOf = (response: Response): string[] =>
  [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('CORS with CORS_ORIGINS set', () => {
  const suite = usePlatform(() => ({ CORS_ORIGINS: `${ALLOWED}, http://127.0.0.1:3000` }));

  it('answers an allowed origin’s preflight with the origin, its methods and headers, and credentials', async () => {
    const response = await preflight(suite, ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
  });

  it('lets an allowed origin read an answer, and the ICWS session headers it needs', async () => {
    const response = await fetch(`${suite.platform.baseUrl}/openapi/icws.json`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-expose-headers')).toContain('ININ-ICWS-CSRF-Token');
  });

  it('gives an origin not listed no CORS header, on a preflight or a request', async () => {
    expect(corsHeadersOf(await preflight(suite, OTHER))).toEqual([]);
    expect(
      corsHeadersOf(await fetch(`${suite.platform.baseUrl}/openapi/icws.json`, { headers: { origin: OTHER } })),
    ).toEqual([]);
  });
});

describe('CORS by default', () => {
  const suite = usePlatform();

  it('allows no origin: a preflight or a request gets no CORS header', async () => {
    expect(corsHeadersOf(await preflight(suite, ALLOWED))).toEqual([]);
    expect(
      corsHeadersOf(await fetch(`${suite.platform.baseUrl}/openapi/icws.json`, { headers: { origin: ALLOWED } })),
    ).toEqual([]);
  });
});
