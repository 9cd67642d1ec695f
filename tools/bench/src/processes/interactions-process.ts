import path from 'node:path';
import { REPO_ROOT } from '@switchboard/testing';
import { ServiceProcess } from './service-process.js';

const ENTRY = path.join(REPO_ROOT, 'apps', 'interactions', 'dist', 'main.js');

export interface InteractionsProcessOptions {
  natsUrl: string;
  configDir: string;
  instanceId: string;
  /** The benchmark's own settings of the service (log level, leases, snapshots, placement). */
  env: Record<string, string>;
  /** `node --cpu-prof` into this directory; the profile is written when the process exits cleanly. */
  cpuProfileDir?: string;
  /** Each line the service writes on stdout (its JSON log lines). */
  onLine?: (line: string) => void;
}

/** One interactions process (the built app), started by a benchmark as a deployment starts it. */
export class InteractionsProcess extends ServiceProcess {
  private constructor(
    readonly instanceId: string,
    options: InteractionsProcessOptions,
  ) {
    super(`interactions ${instanceId}`, {
      entry: ENTRY,
      name: `interactions ${instanceId}`,
      env: {
        NATS_URL: options.natsUrl,
        SWITCHBOARD_CONFIG_DIR: options.configDir,
        INSTANCE_ID: instanceId,
        LOG_FORMAT: 'json',
        // the demo tenant's SendSMS plan names it; no dispatch of a benchmark goes that route
        SWITCHBOARD_SMS_URL: process.env.SWITCHBOARD_SMS_URL ?? 'http://127.0.0.1:9/sms',
        ...options.env,
      },
      ...(options.cpuProfileDir === undefined ? {} : { cpuProfileDir: options.cpuProfileDir }),
      ...(options.onLine === undefined ? {} : { onLine: options.onLine }),
    });
  }

  static start(options: InteractionsProcessOptions): InteractionsProcess {
    return new InteractionsProcess(options.instanceId, options);
  }
}
