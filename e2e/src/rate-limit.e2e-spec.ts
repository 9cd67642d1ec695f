// The per-client rate limit, on a platform started with a limit small enough to reach.
import { describe, expect, it } from '@jest/globals';
import { bodyOf } from './support/contract-http.js';
import { usePlatform } from './support/platform-suite.js';

const LIMIT = 5;
const suite = usePlatform(() => ({ RATE_LIMIT_PER_MINUTE: String(LIMIT) }));

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client has made its requests for the minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i += 1) statuses.push((await suite.http.invoke({ requests: [{ route: 'CrmCallRouting' }] })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await suite.http.invoke({ requests: [{ route: 'CrmCallRouting' }] });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(bodyOf(limited, 429, 'VccError').message).toMatch(/Too many requests/);
  }, 60_000);
});
