import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createLogger } from '@switchboard/logging';
import { AppConfigurationError, Supervisor } from './supervisor.js';

const logger = createLogger({ service: 'test', level: 'silent' });

/**
 * An app that counts its runs in RUNS_FILE, crashes (status 1) on its first CRASHES runs, then finds its
 * configuration invalid (status 78, EX_CONFIG) and says so on stderr, as the apps' main.ts do.
 */
const APP = `
import { appendFileSync, readFileSync } from 'node:fs';
appendFileSync(process.env.RUNS_FILE, 'x');
if (readFileSync(process.env.RUNS_FILE, 'utf8').length <= Number(process.env.CRASHES)) process.exit(1);
process.stderr.write('app: failed to start: invalid configuration:\\n  - /etc/sb/tenants/acme.yaml: agents.0.passwordHash: must be a scrypt hash\\n');
process.exit(78);
`;

describe('Supervisor', () => {
  let dir: string;
  let supervisor: Supervisor;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-supervisor-'));
    await writeFile(path.join(dir, 'app.mjs'), APP);
    supervisor = new Supervisor(path.join(dir, 'run'), logger);
  });
  afterEach(async () => {
    await supervisor.stopAll();
    await rm(dir, { recursive: true, force: true });
  });

  const start = (crashes: number): Promise<void> =>
    supervisor.start({
      name: 'app',
      entry: path.join(dir, 'app.mjs'),
      env: { ...process.env, RUNS_FILE: path.join(dir, 'runs'), CRASHES: String(crashes) },
    });
  const runs = async (): Promise<number> => (await readFile(path.join(dir, 'runs'), 'utf8')).length;

  it('does not restart an app whose configuration is invalid, and gives up with what it said', async () => {
    await start(0);
    const error = await supervisor.misconfigured.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(AppConfigurationError);
    expect((error as AppConfigurationError).app).toBe('app');
    expect((error as AppConfigurationError).message).toContain('app exited with status 78');
    expect((error as AppConfigurationError).message).toContain(
      '/etc/sb/tenants/acme.yaml: agents.0.passwordHash: must be a scrypt hash',
    );
    expect(await runs()).toBe(1);
  });

  it('keeps restarting an app that crashes otherwise', async () => {
    await start(2);
    await expect(supervisor.misconfigured).rejects.toBeInstanceOf(AppConfigurationError);
    expect(await runs()).toBe(3);
  });

  it('forgets the pid of an app that exited by itself when it stops', async () => {
    await start(0);
    await supervisor.misconfigured.catch(() => undefined);
    await supervisor.stopAll();
    expect(await readdir(path.join(dir, 'run'))).toEqual([]);
  });
});
