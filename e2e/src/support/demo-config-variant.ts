// A copy of config/ whose demo tenant file a spec edits (a provider, a route the demo does not have) for its own
// platform: written before the suite's platform starts, deleted after. Call it before usePlatform(), whose env
// names its directory.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import YAML from 'yaml';
import { REPO_ROOT } from '@switchboard/testing';

/** The demo tenant file as data, to edit in place. */
export type DemoTenantFile = Record<string, unknown> & {
  providers: unknown[];
  routes: unknown[];
  plans: Record<string, unknown>;
};

export interface ConfigVariant {
  /** The directory to pass as SWITCHBOARD_CONFIG_DIR; only once written (inside tests or usePlatform's env). */
  readonly configDir: string;
}

export function useDemoConfigVariant(edit: (tenant: DemoTenantFile) => void): ConfigVariant {
  let written: string | undefined;

  beforeAll(async () => {
    const configDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-variant-'));
    written = configDir;
    await cp(path.join(REPO_ROOT, 'config'), configDir, { recursive: true });
    const tenantFile = path.join(configDir, 'tenants', 'demo.yaml');
    const tenant = YAML.parse(await readFile(tenantFile, 'utf8')) as DemoTenantFile;
    edit(tenant);
    await writeFile(tenantFile, YAML.stringify(tenant));
  });
  afterAll(async () => {
    if (written !== undefined) await rm(written, { recursive: true, force: true });
  });

  return {
    get configDir() {
      if (written === undefined) throw new Error('the configuration variant is not written yet');
      return written;
    },
  };
}
