// A generated tenant of many agents (libs/testing) for one spec file: written before the suite's platform
// starts, deleted after. Call it before usePlatform(), whose env names its directory.
import { afterAll, beforeAll } from '@jest/globals';
import { generatedUsernames, writeGeneratedTenant, type GeneratedTenant } from '@switchboard/testing';

export { GENERATED_ROUTE } from '@switchboard/testing';

export interface SuiteTenant {
  /** The agents' usernames, in the order they were written. */
  readonly usernames: readonly string[];
  /** The directory to pass as SWITCHBOARD_CONFIG_DIR; only once written (inside tests or usePlatform's env). */
  readonly configDir: string;
}

/** A tenant `size` with `agents` agents (password demo-password) and the demo's integration client. */
export function useGeneratedTenant(agents: number): SuiteTenant {
  let written: GeneratedTenant | undefined;

  beforeAll(async () => {
    written = await writeGeneratedTenant(agents);
  });
  afterAll(async () => {
    await written?.remove();
  });

  return {
    usernames: generatedUsernames(agents),
    get configDir() {
      if (written === undefined) throw new Error('the generated tenant is not written yet');
      return written.configDir;
    },
  };
}
