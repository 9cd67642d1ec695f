// The supervisor view of the desktop (apps/desktop, served by the gateway at /desktop) in Debian's headless Chromium,
// against the platform `npm start` starts: sam (role supervisor) signs in and gets the boards; a VCC dispatch with no
// agent ready raises the waiting count on the page; bob (a GWS client over HTTP, not a browser) goes ready and
// accepts it — waiting falls, the service level moves; sam opens that interaction's routing explanation and sees bob
// chosen and every other agent counted by reason; a second waiting interaction released from the page leaves the
// board; sam signs out. An agent signing in still gets the agent desktop. Screenshots go to e2e/screenshots/ (gitignored).
import path from 'node:path';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { notification } from './support/agents.js';
import { SCREENSHOTS_DIR } from './support/chromium.js';
import { DEMO_PASSWORD } from './support/contract-http.js';
import { useDesktopPage } from './support/desktop-page.js';
import * as gws from './support/gws-steps.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 120_000;
/** How long a page condition may take to appear (the stream sends a change within a second; this is a deadline). */
const WAIT_MS = 15_000;
/** The statistics service starts beside the gateway: the first figures may take longer than any later change. */
const FIRST_FIGURES_MS = 45_000;
const ROUTE = 'CrmCallRouting';

const suite = usePlatform();
/** The desktop in Chromium; of what it reports as errors (a script error, a failed request) none is expected. */
const tab = useDesktopPage();

beforeEach(() => {
  tab.errors.length = 0;
});

const testId = (id: string) => tab.page.getByTestId(id);
/** The whole page: the explanation opens below the boards. */
const screenshot = (name: string) =>
  tab.page.screenshot({ path: path.join(SCREENSHOTS_DIR, `supervisor-${name}.png`), fullPage: true });
const queueRow = (waiting: number) =>
  tab.page.locator(`[data-testid=queue][data-route="${ROUTE}"][data-waiting="${String(waiting)}"]`);
const interactionRow = (id: string, state?: string) =>
  tab.page.locator(
    `[data-testid=interaction-row][data-id="${id}"]${state === undefined ? '' : `[data-state="${state}"]`}`,
  );

async function signIn(username: string, password: string): Promise<void> {
  await tab.page.goto(`${suite.platform.baseUrl}/desktop`);
  await tab.fillSignIn(username, password);
}

/** The Supervisor API's routing history of an interaction, read as sam over HTTP: what the page must show. */
async function routingOf(id: string): Promise<{
  decisions: { agentId: string; explanation: { passedOver: { reason: string; count: number }[] } }[];
  agentNames: Record<string, string>;
}> {
  const response = await fetch(`${suite.platform.baseUrl}/supervisor/v1/interactions/${id}/routing`, {
    headers: { authorization: `Basic ${Buffer.from(`sam:${DEMO_PASSWORD}`).toString('base64')}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Awaited<ReturnType<typeof routingOf>>;
}

describe('the supervisor view in Chromium', () => {
  it(
    'shows sam the queues, agents and interactions live, explains a routing decision and releases what waits',
    async () => {
      await signIn('sam', DEMO_PASSWORD);
      expect(await testId('supervisor').textContent()).toBe('sam (5468) — supervisor');
      expect(await testId('connection').count()).toBe(0); // not the agent desktop
      await tab.page
        .locator('[data-testid=statistics-connection][data-live=true]')
        .waitFor({ timeout: FIRST_FIGURES_MS });
      await testId('total-waiting').waitFor({ timeout: FIRST_FIGURES_MS });

      // nobody is ready: the dispatch waits, and the page says so
      const first = await gws.dispatchCrm(suite, 'SUPERVISOR-1');
      const waitingRow = queueRow(1);
      await waitingRow.waitFor({ timeout: WAIT_MS });
      expect(await waitingRow.getByTestId('waiting').textContent()).toBe('1');
      expect(await testId('total-waiting').textContent()).toBe('1');
      const levelBefore = await waitingRow.getByTestId('service-level').textContent();
      expect(levelBefore).toBe('— / —'); // nothing accepted yet today
      await interactionRow(first, 'Queued').waitFor({ timeout: WAIT_MS });

      // bob, a GWS client over HTTP, goes ready and accepts it: waiting falls, the service level moves
      const { credentials, desktop } = await gws.readyDesktop(suite, 'bob');
      await notification(desktop, { state: 'Invited', id: first });
      expect(await gws.operationStatus(suite, credentials, first, { operationName: 'Accept' })).toMatchObject(
        gws.ACCEPTED,
      );
      const answeredRow = queueRow(0);
      await answeredRow.waitFor({ timeout: WAIT_MS });
      // today's service level (the interval's too, unless a 15-minute interval began since the acceptance)
      await answeredRow
        .getByTestId('service-level')
        .filter({ hasText: /\/ 100%$/ })
        .waitFor({ timeout: WAIT_MS });
      expect(await answeredRow.getByTestId('today-counts').textContent()).toBe('1 / 1 / 0 / 0');
      expect(await testId('total-service-level').textContent()).toBe('100%');
      await interactionRow(first, 'Processing').waitFor({ timeout: WAIT_MS });
      expect(await interactionRow(first).getByTestId('interaction-agent').textContent()).toBe('bob');
      const bobRow = tab.page.locator('[data-testid=agent-row][data-agent=bob]');
      await bobRow.getByTestId('agent-load').filter({ hasText: '1 nonlive' }).waitFor({ timeout: WAIT_MS });

      // bob takes nothing more: a second dispatch waits, with a Release button on the page
      expect(await suite.http.operateStatus(credentials, 'NotReady')).toEqual({ statusCode: 0 });
      await bobRow
        .getByTestId('agent-state')
        .filter({ hasText: /^(Not ready|Busy)/ })
        .waitFor({ timeout: WAIT_MS });
      const second = await gws.dispatchCrm(suite, 'SUPERVISOR-2');
      await queueRow(1).waitFor({ timeout: WAIT_MS });
      await interactionRow(second, 'Queued').getByTestId('release').waitFor({ timeout: WAIT_MS });
      expect(await interactionRow(first).getByTestId('release').count()).toBe(0); // a connected one has none
      await screenshot('1-boards');

      // why did it go to bob? The page shows the explanation the Supervisor API gives, with user names
      await interactionRow(first).getByTestId('explain').click();
      const explanation = tab.page.locator(`[data-testid=explanation][data-id="${first}"]`);
      await explanation.waitFor({ timeout: WAIT_MS });
      const routing = await routingOf(first);
      expect(routing.decisions).toHaveLength(1);
      const [decision] = routing.decisions;
      expect(routing.agentNames[decision?.agentId ?? '']).toBe('bob');
      expect(await explanation.getByTestId('chosen-agent').textContent()).toBe('bob');
      expect(await explanation.getByTestId('chosen-score').textContent()).toMatch(/^Chosen: bob — /);
      const passedOver = decision?.explanation.passedOver ?? [];
      // every other demo agent was logged out, not ready or without the route's mandatory skill
      expect(passedOver.length).toBeGreaterThan(0);
      const shown = await Promise.all(
        (await explanation.getByTestId('passed-over-reason').all()).map(async (item) => ({
          reason: await item.getAttribute('data-reason'),
          count: Number(await item.getAttribute('data-count')),
          text: await item.textContent(),
        })),
      );
      expect(shown).toEqual(
        passedOver.map(({ reason, count }) => ({
          reason,
          count,
          text: expect.stringMatching(new RegExp(`^${String(count)} agents? `)),
        })),
      );
      await screenshot('2-explanation');

      // the second one, released from the page, leaves the board and the queue
      await interactionRow(second).getByTestId('release').click();
      await interactionRow(second).waitFor({ state: 'detached', timeout: WAIT_MS });
      await queueRow(0).waitFor({ timeout: WAIT_MS });
      await testId('supervisor-message')
        .filter({ hasText: `#${second} released` })
        .waitFor({ timeout: WAIT_MS });
      expect(await interactionRow(first, 'Processing').count()).toBe(1);

      await testId('sign-out').click();
      await testId('sign-in-notice').filter({ hasText: 'Signed out' }).waitFor({ timeout: WAIT_MS });
      expect(tab.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'gives an agent the agent desktop, not the supervisor view',
    async () => {
      await signIn('carol', DEMO_PASSWORD);
      await tab.page.locator('[data-testid=connection][data-subscribed=true]').waitFor({ timeout: WAIT_MS });
      expect(await testId('agent').textContent()).toBe('carol (5467)');
      expect(await testId('supervisor').count()).toBe(0);
      expect(tab.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
