// The agent desktop (apps/desktop, served by the gateway at /desktop) in a real browser, Debian's headless Chromium,
// against the platform `npm start` starts: an agent signs in on the page, goes ready, a VCC dispatch arrives as an
// invitation with its linked data, Accept → Processing, user data edited on the page is seen by a second GWS
// client, Complete → gone; a second offer rejected on the page; not ready with a reason; a CSRF-protected tenant's
// agent. Screenshots go to e2e/screenshots/ (gitignored).
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { SCREENSHOTS_DIR } from './support/chromium.js';
import { agent, DEMO_PASSWORD } from './support/contract-http.js';
import { useDesktopPage } from './support/desktop-page.js';
import * as gws from './support/gws-steps.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 90_000;
/** How long a page condition may take to appear (a long poll's round trip is milliseconds; this is a deadline). */
const WAIT_MS = 15_000;
/** CrmCallRouting's wrap-up (config/tenants/demo.yaml): after a Complete, alice is offered nothing for 10 s. */
const WRAP_UP_MS = 10_000;

const suite = usePlatform();
/** The desktop in Chromium; of what it reports as errors (a script error, a request its CSP blocked) none is expected. */
const tab = useDesktopPage();

const testId = (id: string) => tab.page.getByTestId(id);
const screenshot = (name: string) => tab.page.screenshot({ path: path.join(SCREENSHOTS_DIR, `desktop-${name}.png`) });

describe('the agent desktop in Chromium', () => {
  it(
    'is served at /desktop and refuses a wrong password on the page',
    async () => {
      const response = await tab.page.goto(`${suite.platform.baseUrl}/desktop`);
      expect(response?.status()).toBe(200);
      expect(await tab.page.title()).toBe('Switchboard — agent desktop');
      await tab.fillSignIn('alice', 'not-her-password');
      await testId('sign-in-error').filter({ hasText: 'Wrong user name or password' }).waitFor({ timeout: WAIT_MS });
      expect(await testId('connection').count()).toBe(0);
      // the refused sign-in is the one error the page saw (Chromium logs the 401); no login dialog held it up
      expect(tab.errors).toEqual([expect.stringContaining('401')]);
      tab.errors.length = 0;
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'signs alice in, offers her a VCC dispatch with its linked data, and works it to Completed',
    async () => {
      await tab.page.goto(`${suite.platform.baseUrl}/desktop`);
      await tab.fillSignIn('alice', DEMO_PASSWORD);
      await tab.page.locator('[data-testid=connection][data-subscribed=true]').waitFor({ timeout: WAIT_MS });
      expect(await testId('agent').textContent()).toBe('alice (5465)');

      await testId('ready').click();
      await tab.page.locator('[data-testid=readiness][data-ready=true]').waitFor({ timeout: WAIT_MS });

      const id = await gws.dispatchCrm(suite, 'DESKTOP-1', {
        request: {
          linkeddata: [
            { type: 'clid', value: '+44123456789' },
            { type: 'name', value: 'Ada Lovelace' },
            { type: 'url', label: 'Open in CRM', value: 'https://crm.example/cases/1' },
            { type: 'interactionproperty', key: 'CaseNumber', value: 'C-1001' },
          ],
          routingdata: { interactiontype: 'nonlive' },
        },
      });
      const card = tab.page.locator(`[data-testid=interaction-${id}]`);
      await tab.page.locator(`[data-testid=interaction-${id}][data-state=Invited]`).waitFor({ timeout: WAIT_MS });
      expect(await card.getByTestId('clid').textContent()).toBe('+44123456789');
      expect(await card.getByTestId('name').textContent()).toBe('Ada Lovelace');
      const link = card.getByTestId('link').locator('a');
      expect(await link.textContent()).toBe('Open in CRM');
      expect(await link.getAttribute('href')).toBe('https://crm.example/cases/1');
      expect(await card.getByTestId('user-data').textContent()).toContain('C-1001');
      await card
        .getByTestId('offer-clock')
        .filter({ hasText: /^taken back in \d:\d\d$/ }) // the lease's time left, counting down
        .waitFor({ timeout: WAIT_MS });
      await screenshot('1-invited');

      await card.getByTestId('accept').click();
      await tab.page.locator(`[data-testid=interaction-${id}][data-state=Processing]`).waitFor({ timeout: WAIT_MS });
      await card.getByTestId('complete').waitFor({ timeout: WAIT_MS });

      // a second GWS client of alice's (libs/gws-client), connected before the edit: it hears the change
      const second = suite.desktops.client('alice');
      await second.connect();
      await card.getByTestId('user-data-key').fill('Outcome');
      await card.getByTestId('user-data-value').fill('Resolved on the desktop');
      await card.getByTestId('user-data-save').click();
      const updated = await second.waitFor(
        (message) => message.id === id && message.userData['Outcome'] === 'Resolved on the desktop',
        WAIT_MS,
      );
      expect(updated).toMatchObject({ state: 'Processing', notificationType: 'PropertiesUpdated' });
      await card.getByTestId('user-data').filter({ hasText: 'Resolved on the desktop' }).waitFor({ timeout: WAIT_MS });
      await screenshot('2-processing');

      await card.getByTestId('complete').click();
      await card.waitFor({ state: 'detached', timeout: WAIT_MS });
      await second.waitFor((message) => message.id === id && message.state === 'Completed', WAIT_MS);
      await testId('no-interactions').waitFor({ state: 'visible', timeout: WAIT_MS });

      // a second offer, after alice's wrap-up, rejected on the page: taken back from her (Revoked), its card goes
      const rejected = await gws.dispatchCrm(suite, 'DESKTOP-2');
      const offer = tab.page.locator(`[data-testid=interaction-${rejected}]`);
      await tab.page
        .locator(`[data-testid=interaction-${rejected}][data-state=Invited]`)
        .waitFor({ timeout: WRAP_UP_MS + WAIT_MS }); // offered once alice's wrap-up ends
      await offer.getByTestId('reject').click();
      await offer.waitFor({ state: 'detached', timeout: WAIT_MS });
      await second.waitFor((message) => message.id === rejected && message.state === 'Revoked', WAIT_MS);
      const [released] = await suite.http.invokeResults({ requests: [{ action: 'release', externalid: 'DESKTOP-2' }] });
      expect(released).toMatchObject({ outcome: 'released' });

      await testId('not-ready-reason').selectOption('Lunch');
      await testId('not-ready').click();
      await testId('readiness').filter({ hasText: 'Not ready — Lunch' }).waitFor({ timeout: WAIT_MS });
      expect(await suite.http.user(agent('alice'))).toMatchObject({ ready: false });
      await screenshot('3-completed-not-ready');
      expect(tab.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'follows the tenant’s CSRF protection: acme’s agent (CSRF on) starts her session and goes ready from the page',
    async () => {
      await tab.page.goto(`${suite.platform.baseUrl}/desktop`);
      await tab.fillSignIn('acme-agent', DEMO_PASSWORD);
      await tab.page.locator('[data-testid=connection][data-subscribed=true]').waitFor({ timeout: WAIT_MS });
      await testId('ready').click();
      await tab.page.locator('[data-testid=readiness][data-ready=true]').waitFor({ timeout: WAIT_MS });
      expect(await suite.http.user(agent('acme-agent'))).toMatchObject({ loggedIn: true, ready: true });
      expect(tab.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
