import { REPO_ROOT } from '@switchboard/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { instanceLogEvent } from './instance-log.js';
import { reapOnExit } from './process-reaper.js';

const ENTRY = path.join(REPO_ROOT, 'apps', 'interactions', 'dist', 'main.js');
/** Enough of a process's output to say why it failed, not a whole run's logs. */
const OUTPUT_KEPT_CHARS = 20_000;
/** A clean stop takes about a second (the transport's grace); past this the process is killed so the run goes on. */
const STOP_TIMEOUT_MS = 15_000;

export interface FailoverInstanceOptions {
  natsUrl: string;
  configDir: string;
  instanceId: string;
  leaseTtlSeconds: number;
}

/** A tenant this instance took over, and how long restoring it took (its own figure, from its log). */
export interface Takeover {
  tenant: string;
  ms: number;
}

/**
 * One interactions process (the built app) for this benchmark to stop: by SIGKILL, as a crash, or SIGTERM, as a
 * deploy. Not scale-out's InteractionsInstance: that one turns snapshots off and logs warnings only, where this one
 * runs with the service's defaults (a takeover restores as in production) and reads its info lines, to know when it
 * is ready and what its takeovers took.
 */
export class FailoverInstance {
  private output = '';
  private expectingExit = false;
  readonly takeovers: Takeover[] = [];
  /** Resolves once the instance serves what it holds and looks for free tenants. */
  readonly ready: Promise<void>;
  /** Rejects, with the process's last output, when it exits without being stopped: race it with what waits on it. */
  readonly died: Promise<never>;
  readonly exited: Promise<unknown>;

  private constructor(
    readonly instanceId: string,
    private readonly child: ChildProcess,
  ) {
    this.exited = once(child, 'exit');
    child.stderr?.on('data', (chunk: Buffer) => {
      this.keep(chunk.toString('utf8'));
    });
    let readied: () => void = () => undefined;
    this.ready = new Promise<void>((resolve) => {
      readied = resolve;
    });
    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        this.keep(`${line}\n`);
        const event = instanceLogEvent(line);
        if (event?.kind === 'ready') readied();
        else if (event?.kind === 'takeover') this.takeovers.push({ tenant: event.tenant, ms: event.ms });
      });
    }
    this.died = new Promise<never>((_, reject) => {
      child.once('exit', (code, signal) => {
        if (!this.expectingExit) reject(new Error(`interactions ${instanceId} exited (${String(code ?? signal)}):\n${this.output}`));
      });
    });
    // only observed when raced; an instance that dies unraced is still caught by the caller's next wait
    this.died.catch(() => undefined);
  }

  static start(options: FailoverInstanceOptions): FailoverInstance {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NATS_URL: options.natsUrl,
      SWITCHBOARD_CONFIG_DIR: options.configDir,
      INSTANCE_ID: options.instanceId,
      LEASE_TTL_SECONDS: String(options.leaseTtlSeconds),
      // every instance prefers every tenant: a free one goes to whichever instance looks first, without a grace period
      PREFERRED_TENANTS: '',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      // the demo tenant's SendSMS plan names it; no dispatch of this benchmark goes that route
      SWITCHBOARD_SMS_URL: process.env.SWITCHBOARD_SMS_URL ?? 'http://127.0.0.1:9/sms',
    };
    const child = spawn(process.execPath, [ENTRY], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    reapOnExit(child);
    return new FailoverInstance(options.instanceId, child);
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`interactions ${this.instanceId} could not be spawned: ${this.output}`);
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends `signal` by pid (SIGKILL: a crash; SIGTERM: a clean stop, which hands its leases back) and resolves once the process exited. */
  async stopWith(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    this.expectingExit = true;
    if (!this.running) return;
    process.kill(this.pid, signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    try {
      await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  private keep(text: string): void {
    this.output = (this.output + text).slice(-OUTPUT_KEPT_CHARS);
  }
}
