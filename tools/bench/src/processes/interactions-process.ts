import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '@switchboard/testing';
import { reapOnExit } from './process-reaper.js';

const ENTRY = path.join(REPO_ROOT, 'apps', 'interactions', 'dist', 'main.js');
/** Enough of a process's output to say why it failed, not a whole run's logs. */
const OUTPUT_KEPT_CHARS = 20_000;
/** A clean stop takes about a second (the transport's grace); past this the process is killed so the run goes on. */
const STOP_TIMEOUT_MS = 15_000;

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

/**
 * One interactions process, started as a deployment starts it (the built app), by a benchmark: killed with it
 * whatever ends the benchmark, its last output kept to say why it failed.
 */
export class InteractionsProcess {
  private output = '';
  private expectingExit = false;
  /** Rejects, with the process's last output, when it exits without being stopped: race it with what waits on it. */
  readonly died: Promise<never>;
  readonly exited: Promise<unknown>;

  private constructor(
    readonly instanceId: string,
    private readonly child: ChildProcess,
    onLine: (line: string) => void,
  ) {
    this.exited = once(child, 'exit');
    child.stderr?.on('data', (chunk: Buffer) => {
      this.keep(chunk.toString('utf8'));
    });
    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        this.keep(`${line}\n`);
        onLine(line);
      });
    }
    this.died = new Promise<never>((_, reject) => {
      child.once('exit', (code, signal) => {
        if (!this.expectingExit)
          reject(new Error(`interactions ${instanceId} exited (${String(code ?? signal)}):\n${this.output}`));
      });
    });
    // only observed when raced; a process that dies unraced is still caught by the caller's next wait
    this.died.catch(() => undefined);
  }

  static start(options: InteractionsProcessOptions): InteractionsProcess {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NATS_URL: options.natsUrl,
      SWITCHBOARD_CONFIG_DIR: options.configDir,
      INSTANCE_ID: options.instanceId,
      LOG_FORMAT: 'json',
      // the demo tenant's SendSMS plan names it; no dispatch of a benchmark goes that route
      SWITCHBOARD_SMS_URL: process.env.SWITCHBOARD_SMS_URL ?? 'http://127.0.0.1:9/sms',
      ...options.env,
    };
    const profile = options.cpuProfileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir];
    const child = spawn(process.execPath, [...profile, ENTRY], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    reapOnExit(child);
    return new InteractionsProcess(options.instanceId, child, options.onLine ?? (() => undefined));
  }

  get pid(): number {
    if (this.child.pid === undefined)
      throw new Error(`interactions ${this.instanceId} could not be spawned: ${this.output}`);
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * Sends `signal` by pid (SIGKILL: a crash; SIGTERM: a clean stop, which hands its leases back and writes its CPU
   * profile) and resolves once the process exited; SIGKILL after STOP_TIMEOUT_MS.
   */
  async stop(signal: 'SIGKILL' | 'SIGTERM' = 'SIGTERM'): Promise<void> {
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
