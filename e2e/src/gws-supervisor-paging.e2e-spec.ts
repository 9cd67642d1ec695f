// The GWS supervisor list at contact-center size: 4,000 waiting interactions — more than one NATS reply (1 MB)
// could carry in one answer — read page by page, each checked against the OpenAPI contract.
import { describe, expect, it } from '@jest/globals';
import { agent, bodyOf, type GwsSchemas } from './support/contract-http.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 120_000;
const WAITING = 4_000;
const BATCH = 50;

const suite = usePlatform();

interface Page {
  interactions: GwsSchemas['Interaction'][];
  totalCount: number;
  offset: number;
  limit: number;
}

/** Dispatches `WAITING` non-live interactions nobody is ready for, each carrying a little linked data. */
async function dispatchWaiting(): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let start = 0; start < WAITING; start += BATCH) {
    const requests = Array.from({ length: BATCH }, (_, i) => ({
      action: 'dispatch' as const,
      requestid: `PAGING-${start + i}`,
      externalid: `PAGING-${start + i}`,
      route: 'Route Interaction NR',
      linkeddata: [
        { type: 'clid' as const, value: '+441632960000' },
        { type: 'url' as const, label: 'Case', value: `https://crm.example/cases/${start + i}?view=full&tab=history` },
      ],
      routingdata: { interactiontype: 'nonlive' as const },
    }));
    const results = await suite.http.invokeResults({ provider: 'CrmIntegration', requests });
    for (const result of results) {
      expect(result).toMatchObject({ outcome: 'dispatched' });
      ids.add((result as { interactionid: string }).interactionid);
    }
  }
  return ids;
}

const page = async (query: string): Promise<Page> => {
  const response = await suite.http.gws(agent('sam'), 'GET', '/api/v2/interactions', `/api/v2/interactions${query}`);
  expect(response.status).toBe(200);
  return response.body as Page;
};

describe('GWS supervisor list at size', () => {
  it(
    `pages through ${WAITING} waiting interactions, each exactly once, oldest first`,
    async () => {
      const dispatched = await dispatchWaiting();
      expect(dispatched.size).toBe(WAITING);

      const first = await page('');
      expect(first).toMatchObject({ totalCount: WAITING, offset: 0, limit: 500 });
      const seen: string[] = [];
      for (let offset = 0; offset < first.totalCount;) {
        const next = await page(`?offset=${offset}&limit=1000`);
        expect(next.interactions.length).toBeGreaterThan(0);
        seen.push(...next.interactions.map((interaction) => interaction.id));
        offset += next.interactions.length;
      }
      expect(seen).toHaveLength(WAITING);
      expect(new Set(seen)).toEqual(dispatched);
      expect(seen).toEqual([...seen].sort((a, b) => Number(a) - Number(b)));
    },
    TEST_TIMEOUT_MS,
  );

  it('refuses a page outside the documented bounds with statusCode 10 (input validation) and a 400', async () => {
    for (const query of ['?limit=0', '?limit=1001', '?offset=-1', '?offset=x', '?limit=1.5', '?limit=1&limit=2']) {
      const refused = await suite.http.gws(agent('sam'), 'GET', '/api/v2/interactions', `/api/v2/interactions${query}`);
      expect({ query, status: refused.status }).toEqual({ query, status: 400 });
      expect(bodyOf(refused, 400, 'StatusResponse')).toMatchObject({
        statusCode: 10,
        statusMessage: expect.stringMatching(/Parameter '(offset|limit)' must be an integer/),
      });
    }
  });
});
