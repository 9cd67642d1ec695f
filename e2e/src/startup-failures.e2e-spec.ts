// Start-up that fails clearly (issue 14): an invalid configuration — a tenant file, or an app's environment — stops
// `npm start` with exit status 78 (EX_CONFIG) and the message naming the file or variable and the field, instead of
// the launcher restarting the app for ever. Nothing it started is left running.
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { launchUntilExit, REPO_ROOT, startPlatform } from '@switchboard/testing';

/** What the issue asks for: the launcher has exited, with the reason, this soon after it started. */
const EXITS_WITHIN_MS = 10_000;
const TEST_TIMEOUT_MS = 30_000;
const RUNNING_TEST_TIMEOUT_MS = 120_000;
const EX_CONFIG = 78;

const configDirs: string[] = [];
afterEach(async () => {
  for (const dir of configDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A copy of config/, and its demo tenant file. */
async function copyOfConfig(): Promise<{ configDir: string; tenantFile: string }> {
  const configDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-config-'));
  configDirs.push(configDir);
  await cp(path.join(REPO_ROOT, 'config'), configDir, { recursive: true });
  return { configDir, tenantFile: path.join(configDir, 'tenants', 'demo.yaml') };
}

/** An operator's slip: the plain password where the first agent's hash belongs. */
async function breakTenantFile(tenantFile: string): Promise<void> {
  const yaml = await readFile(tenantFile, 'utf8');
  const broken = yaml.replace(/passwordHash: '[^']+'/, "passwordHash: 'demo-password'");
  expect(broken).not.toBe(yaml);
  await writeFile(tenantFile, broken);
}

describe('npm start with an invalid configuration', () => {
  it(
    'stops with status 78, naming the tenant file and the field, when a tenant file is broken',
    async () => {
      const { configDir, tenantFile } = await copyOfConfig();
      await breakTenantFile(tenantFile);

      const exit = await launchUntilExit({ SWITCHBOARD_CONFIG_DIR: configDir }, EXITS_WITHIN_MS);

      expect(exit.code).toBe(EX_CONFIG);
      expect(exit.output).toContain(`${tenantFile}: agents.0.passwordHash: must be a scrypt hash`);
      expect(exit.leftRunning).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "stops the whole platform with status 78 and the app's message when an app finds its environment invalid",
    async () => {
      // read by the interactions service alone: the launcher starts it, and it exits with EX_CONFIG at once
      const exit = await launchUntilExit({ SNAPSHOT_EVERY_EVENTS: '0' }, EXITS_WITHIN_MS);

      expect(exit.code).toBe(EX_CONFIG);
      // the launcher's last word names the app and repeats what it said
      const lastWord = exit.output.slice(exit.output.lastIndexOf('npm start:'));
      expect(lastWord).toMatch(/^npm start: interactions exited with status 78: its configuration is invalid/);
      expect(lastWord).toMatch(/interactions: failed to start: invalid configuration:\n\s+- SNAPSHOT_EVERY_EVENTS: /);
      // not restarted (the launcher logs each restart as a warning, which the e2e log level shows)
      expect(exit.output).not.toContain('app exited; restarting it');
      expect(exit.leftRunning).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'stops a running platform with status 78 when an app restarted after a crash finds its tenant file broken',
    async () => {
      const { configDir, tenantFile } = await copyOfConfig();
      const platform = await startPlatform({ SWITCHBOARD_CONFIG_DIR: configDir });
      try {
        await breakTenantFile(tenantFile);
        process.kill(await platform.pidOf('interactions'), 'SIGKILL');

        const exit = await Promise.race([
          platform.exited(),
          once(AbortSignal.timeout(EXITS_WITHIN_MS), 'abort').then(() => 'still running' as const),
        ]);

        expect(exit).toEqual({ code: EX_CONFIG, signal: null });
        const lastWord = platform.output().slice(platform.output().lastIndexOf('npm start:'));
        expect(lastWord).toMatch(/^npm start: interactions exited with status 78/);
        expect(lastWord).toContain(`${tenantFile}: agents.0.passwordHash: must be a scrypt hash`);
      } finally {
        // ends whatever it left running (it fails the test if anything was), and deletes its data directory
        await platform.stop();
      }
    },
    RUNNING_TEST_TIMEOUT_MS,
  );
});
