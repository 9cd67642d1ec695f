// One Chromium tab on the desktop (apps/desktop) per browser suite: opened before its tests, closed after, with what
// the page reported as errors collected for the tests to assert on.
import { afterAll, beforeAll } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { launchChromium, type HeadlessChromium } from './chromium.js';

export interface DesktopPage {
  /** The tab (opened by the suite's beforeAll). */
  readonly page: Page;
  /** What the page reported as errors (a script error, a failed or blocked request), in order; a test may clear it. */
  readonly errors: string[];
  /** The page's element with this data-testid. */
  testId(id: string): Locator;
  /** Fills in the sign-in form and sends it (the page must show it). */
  fillSignIn(username: string, password: string): Promise<void>;
}

/** Registers the suite's beforeAll/afterAll that open and close a headless Chromium with one tab. */
export function useDesktopPage(): DesktopPage {
  let browser: HeadlessChromium | undefined;
  let opened: Page | undefined;
  const errors: string[] = [];
  const page = (): Page => {
    if (opened === undefined) throw new Error('the desktop page opens in the suite’s beforeAll');
    return opened;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await browser.context.newPage();
    opened.on('pageerror', (error) => errors.push(error.message));
    opened.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  return {
    get page() {
      return page();
    },
    errors,
    testId: (id) => page().getByTestId(id),
    async fillSignIn(username, password) {
      await page().getByTestId('username').fill(username);
      await page().getByTestId('password').fill(password);
      await page().getByTestId('sign-in').click();
    },
  };
}
