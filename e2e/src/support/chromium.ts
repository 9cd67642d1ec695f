// Debian's Chromium driven by playwright-core (no browser download: the machine's own, which .ci/run installs).
import { access, constants, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { REPO_ROOT } from '@switchboard/testing';

/** Where the browser tests save their screenshots (gitignored). */
export const SCREENSHOTS_DIR = path.join(REPO_ROOT, 'e2e', 'screenshots');

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium; a missing browser fails the suite, it is never skipped. */
export async function chromiumPath(): Promise<string> {
  const executable = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  try {
    await access(executable, constants.X_OK);
  } catch {
    throw new Error(
      `no Chromium at ${executable}: the browser tests need Debian's chromium (apt-get install chromium, as .ci/run does) or CHROMIUM_PATH naming one`,
    );
  }
  return executable;
}

export interface HeadlessChromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile in a temporary folder. The flags keep it off the network beyond the
 * pages it is sent to (this machine's closed network refuses Chromium's background connections, many at a time).
 */
export async function launchChromium(): Promise<HeadlessChromium> {
  const executablePath = await chromiumPath();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sb-chromium-'));
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1100, height: 800 },
  });
  return {
    context,
    async close() {
      try {
        await context.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
}
