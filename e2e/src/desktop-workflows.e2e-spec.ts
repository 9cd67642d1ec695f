// The agent desktop's longer workflows in Debian's headless Chromium, against the platform `npm start` starts: the
// offer's lease counting down on the invitation; parking in a workbin, the item in the workbin list, pulling it
// back; a transfer to another agent, seen by that agent's GWS client, and one to a route; signing out and in again;
// a session that expired sending the page back to the sign-in form. Screenshots go to e2e/screenshots/.
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { SCREENSHOTS_DIR } from './support/chromium.js';
import { agent, DEMO_PASSWORD } from './support/contract-http.js';
import { useDesktopPage } from './support/desktop-page.js';
import * as gws from './support/gws-steps.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 120_000;
/** How long a page condition may take to appear (a long poll's round trip is milliseconds; this is a deadline). */
const WAIT_MS = 15_000;
/** CrmCallRouting's wrap-up (config/tenants/demo.yaml), in case an agent enters it between two offers. */
const WRAP_UP_MS = 10_000;
/** CrmCallRouting's offer timeout (config/tenants/demo.yaml): the lease an invitation starts from. */
const CRM_OFFER_TIMEOUT = /^taken back in (2:00|1:5\d)$/;

const suite = usePlatform();
/** The desktop in Chromium; the 401s of the expired session are the only errors it may report. */
const tab = useDesktopPage();

const testId = (id: string) => tab.page.getByTestId(id);
const card = (id: string) => tab.page.locator(`[data-testid=interaction-${id}]`);
const cardIn = (id: string, state: string) => tab.page.locator(`[data-testid=interaction-${id}][data-state=${state}]`);
const screenshot = (name: string) => tab.page.screenshot({ path: path.join(SCREENSHOTS_DIR, `desktop-${name}.png`) });
const release = async (externalid: string): Promise<void> => {
  const [released] = await suite.http.invokeResults({ requests: [{ action: 'release', externalid }] });
  expect(released).toMatchObject({ outcome: 'released' });
};

/** Signs in on the form and waits until the desktop hears every notification (and has read its workbins). */
async function signIn(username: string): Promise<void> {
  await tab.fillSignIn(username, DEMO_PASSWORD);
  await tab.page.locator('[data-testid=connection][data-subscribed=true]').waitFor({ timeout: WAIT_MS });
}

async function goReady(): Promise<void> {
  await testId('ready').click();
  await tab.page.locator('[data-testid=readiness][data-ready=true]').waitFor({ timeout: WAIT_MS });
}

describe('the agent desktop’s workflows in Chromium', () => {
  it(
    'counts the offer’s lease down, parks the interaction in a workbin and pulls it back, and transfers it to bob',
    async () => {
      await tab.page.goto(`${suite.platform.baseUrl}/desktop`);
      await signIn('alice');
      // alice's own workbin and the CRM route's shared one, empty
      const followUp = testId('workbin-FollowUp');
      await followUp.filter({ hasText: 'Empty' }).waitFor({ timeout: WAIT_MS });
      await testId('workbin-CrmBacklog').filter({ hasText: 'Empty' }).waitFor({ timeout: WAIT_MS });
      await goReady();

      const id = await gws.dispatchCrm(suite, 'WORKFLOW-1', {
        request: {
          linkeddata: [{ type: 'name', value: 'Grace Hopper' }],
          routingdata: { interactiontype: 'nonlive' },
        },
      });
      await cardIn(id, 'Invited').waitFor({ timeout: WAIT_MS });
      // the lease (120 s on this route) counts down: the clock shows another value a moment later
      const clock = card(id).getByTestId('offer-clock');
      await clock.filter({ hasText: CRM_OFFER_TIMEOUT }).waitFor({ timeout: WAIT_MS });
      const first = await clock.textContent();
      await clock.filter({ hasText: /^taken back in \d:\d\d$/, hasNotText: first ?? '' }).waitFor({ timeout: WAIT_MS });

      await card(id).getByTestId('accept').click();
      await cardIn(id, 'Processing').waitFor({ timeout: WAIT_MS });

      // parked in her own workbin: the card goes, the item shows in the workbin's list
      await card(id).getByTestId('park-workbin').selectOption('FollowUp');
      await card(id).getByTestId('park').click();
      await card(id).waitFor({ state: 'detached', timeout: WAIT_MS });
      const item = followUp.getByTestId(`workitem-${id}`);
      await item.waitFor({ timeout: WAIT_MS });
      expect(await item.textContent()).toContain('WORKFLOW-1');
      await screenshot('4-parked');

      // pulled back: Processing again, and out of the workbin
      await item.getByTestId('pull').click();
      await cardIn(id, 'Processing').waitFor({ timeout: WAIT_MS });
      await item.waitFor({ state: 'detached', timeout: WAIT_MS });
      expect(await card(id).getByTestId('name').textContent()).toBe('Grace Hopper');

      // bob at his GWS desktop, ready: the transfer reaches him as an invitation with its lease; alice's card goes
      const bob = await gws.readyDesktop(suite, 'bob');
      await card(id).getByTestId('transfer-agent-target').fill('bob');
      await card(id).getByTestId('transfer-agent').click();
      const invited = await bob.desktop.waitFor((message) => message.id === id && message.state === 'Invited', WAIT_MS);
      expect(invited.userData).toMatchObject({ name: 'Grace Hopper' });
      expect(invited.switchboardOfferLease?.remainingMs).toBeGreaterThan(0);
      await card(id).waitFor({ state: 'detached', timeout: WAIT_MS });
      await release('WORKFLOW-1');
      expect(await suite.http.operateStatus(bob.credentials, 'NotReady')).toEqual({ statusCode: 0 });
      expect(tab.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'transfers an accepted interaction to a route, from which it is offered again',
    async () => {
      const id = await gws.dispatchCrm(suite, 'WORKFLOW-2', {
        request: { routingdata: { interactiontype: 'nonlive' } },
      });
      await cardIn(id, 'Invited').waitFor({ timeout: WRAP_UP_MS + WAIT_MS });
      await card(id).getByTestId('accept').click();
      await cardIn(id, 'Processing').waitFor({ timeout: WAIT_MS });

      const second = suite.desktops.client('alice');
      await second.connect();
      await card(id).getByTestId('transfer-route-target').fill('Support');
      await card(id).getByTestId('transfer-route').click();
      await second.waitFor((message) => message.id === id && message.state === 'Completed', WAIT_MS);
      // alice is Support's one ready agent: the route offers it to her again, through Support now
      const reoffered = tab.page.locator(`[data-testid=interaction-${id}][data-state=Invited]`, { hasText: 'Support' });
      await reoffered.waitFor({ timeout: WRAP_UP_MS + WAIT_MS });
      await release('WORKFLOW-2');
      await card(id).waitFor({ state: 'detached', timeout: WAIT_MS });
      expect(tab.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'signs out (her contact-center and CometD sessions ended) and signs in again',
    async () => {
      const disconnected = tab.page.waitForResponse(
        (response) => response.url().endsWith('/api/v2/notifications/disconnect') && response.status() === 200,
        { timeout: WAIT_MS },
      );
      await testId('sign-out').click();
      await testId('sign-in-notice').filter({ hasText: 'Signed out' }).waitFor({ timeout: WAIT_MS });
      // the CometD session was ended by a /meta/disconnect the notifier acknowledged, not left to time out
      const disconnect = (await (await disconnected).json()) as { channel: string; successful: boolean }[];
      expect(disconnect).toEqual(
        expect.arrayContaining([expect.objectContaining({ channel: '/meta/disconnect', successful: true })]),
      );
      expect(await testId('connection').count()).toBe(0);
      expect(await suite.http.user(agent('alice'))).toMatchObject({ loggedIn: false, ready: false });

      await signIn('alice');
      expect(await testId('agent').textContent()).toBe('alice (5465)');
      expect(await suite.http.user(agent('alice'))).toMatchObject({ loggedIn: true });
      await goReady();
      expect(tab.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'goes back to the sign-in form, saying so, once the session has expired (401)',
    async () => {
      // the session cookie gone, as once it expires: the page's next call is refused
      await tab.page.context().clearCookies();
      await testId('not-ready').click();
      await testId('sign-in-notice')
        .filter({ hasText: 'Your session has expired: sign in again' })
        .waitFor({ timeout: WAIT_MS });
      expect(await testId('connection').count()).toBe(0);
      // the refused calls are the only errors the page saw (Chromium logs each 401)
      expect(tab.errors.filter((error) => !error.includes('401'))).toEqual([]);
      tab.errors.length = 0;

      // her contact-center session went on without the page: signed in again, she is still ready, as /api/v2/me says
      await signIn('alice');
      await tab.page.locator('[data-testid=readiness][data-ready=true]').waitFor({ timeout: WAIT_MS });
      expect(await suite.http.user(agent('alice'))).toMatchObject({ loggedIn: true, ready: true });
      expect(tab.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
