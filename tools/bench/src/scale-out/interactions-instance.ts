import { REPO_ROOT } from '@switchboard/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const ENTRY = path.join(REPO_ROOT, 'apps', 'interactions', 'dist', 'main.js');
const STOP_TIMEOUT_MS = 15_000;
/** Enough of a process's output to say why it failed, not a whole run's logs. */
const OUTPUT_KEPT_CHARS = 20_000;

export interface InstanceOptions {
  natsUrl: string;
  configDir: string;
  instanceId: string;
  /** The tenants it takes at once; empty: all of them. */
  preferredTenants: readonly string[];
  /** `node --cpu-prof` into this directory; the profile is written when the instance exits. */
  cpuProfileDir?: string;
}

/** One interactions process, started as a deployment starts it (the built app), by this benchmark. */
export class InteractionsInstance {
  private output = '';
  private stopping = false;
  /** Rejects, with the process's last output, when it exits before stop(): race it with what waits on the instance. */
  readonly died: Promise<never>;

  private constructor(
    readonly instanceId: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_KEPT_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.died = new Promise<never>((_, reject) => {
      child.once('exit', (code, signal) => {
        if (!this.stopping) reject(new Error(`interactions ${instanceId} exited (${String(code ?? signal)}):\n${this.output}`));
      });
    });
    // only observed when raced; an instance that dies unraced is still caught by the caller's next wait
    this.died.catch(() => undefined);
  }

  static start(options: InstanceOptions): InteractionsInstance {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NATS_URL: options.natsUrl,
      SWITCHBOARD_CONFIG_DIR: options.configDir,
      INSTANCE_ID: options.instanceId,
      PREFERRED_TENANTS: options.preferredTenants.join(','),
      LOG_LEVEL: 'warn',
      // Snapshots are per tenant, so both layouts take the same ones over time; in a short window one could fall
      // into one phase and not the other, so the windows hold none.
      SNAPSHOT_EVERY_EVENTS: String(1e9),
      // the demo tenant's SendSMS plan names it; no dispatch of this benchmark goes that route
      SWITCHBOARD_SMS_URL: process.env.SWITCHBOARD_SMS_URL ?? 'http://127.0.0.1:9/sms',
    };
    const profile = options.cpuProfileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir];
    const child = spawn(process.execPath, [...profile, ENTRY], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    return new InteractionsInstance(options.instanceId, child);
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`interactions ${this.instanceId} could not be spawned: ${this.output}`);
    return this.child.pid;
  }

  /** SIGTERM (a clean stop hands its leases back and writes its CPU profile), SIGKILL after 15 s. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  }
}
