import { afterAll, beforeAll } from '@jest/globals';
import { startPlatform, type Platform, type PlatformOptions } from '@switchboard/testing';
import { AgentDesktops } from './agents.js';
import { SwitchboardHttp } from './contract-http.js';

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 40_000;

/** One running platform for a spec file, with its contract-checked HTTP client and its agents' desktops. */
export class PlatformSuite {
  private running: { platform: Platform; http: SwitchboardHttp; desktops: AgentDesktops } | undefined;

  get platform(): Platform {
    return this.started().platform;
  }

  get http(): SwitchboardHttp {
    return this.started().http;
  }

  get desktops(): AgentDesktops {
    return this.started().desktops;
  }

  async start(extraEnv: Record<string, string> = {}, options: PlatformOptions = {}): Promise<void> {
    const platform = await startPlatform(extraEnv, options);
    this.running = {
      platform,
      http: new SwitchboardHttp(platform.baseUrl),
      desktops: new AgentDesktops(platform.baseUrl),
    };
  }

  async stop(): Promise<void> {
    try {
      await this.running?.desktops.disconnectAll();
    } finally {
      await this.running?.platform.stop();
    }
  }

  private started(): NonNullable<PlatformSuite['running']> {
    if (!this.running) throw new Error('the platform did not start');
    return this.running;
  }
}

/**
 * Starts the platform the way `npm start` does (`npm run start:cluster` with `{ cluster: true }`) before the file's
 * tests, and stops it (cleanly) after them. `env` is read when the platform starts, after the file's earlier
 * beforeAll hooks (e.g. a receiver's port).
 */
export function usePlatform(
  env: () => Record<string, string> = () => ({}),
  options: PlatformOptions = {},
): PlatformSuite {
  const suite = new PlatformSuite();
  beforeAll(() => suite.start(env(), options), START_TIMEOUT_MS);
  afterAll(() => suite.stop(), STOP_TIMEOUT_MS);
  return suite;
}
