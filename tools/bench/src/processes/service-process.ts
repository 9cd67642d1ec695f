import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '@switchboard/testing';
import { reapOnExit } from './process-reaper.js';

/** Enough of a process's output to say why it failed, not a whole run's logs. */
const OUTPUT_KEPT_CHARS = 20_000;
/** A clean stop takes about a second (the transport's grace); past this the process is killed so the run goes on. */
const STOP_TIMEOUT_MS = 15_000;

export interface ServiceProcessOptions {
  /** How errors name it, e.g. "interactions bench-a". */
  name: string;
  /** The built script node runs. */
  entry: string;
  /** Added to this process's environment. */
  env: Record<string, string>;
  /** `node --cpu-prof` into this directory; the profile is written when the process exits cleanly. */
  cpuProfileDir?: string;
  /** Each line the service writes on stdout (its JSON log lines). */
  onLine?: (line: string) => void;
}

/**
 * One node service started by a benchmark as a deployment starts it: killed with the benchmark whatever ends it, its
 * last output kept to say why it failed.
 */
export class ServiceProcess {
  private output = '';
  private expectingExit = false;
  /** Rejects, with the process's last output, when it exits without being stopped: race it with what waits on it. */
  readonly died: Promise<never>;
  readonly exited: Promise<unknown>;
  private readonly child: ChildProcess;

  protected constructor(
    readonly name: string,
    options: ServiceProcessOptions,
  ) {
    const profile = options.cpuProfileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir];
    this.child = spawn(process.execPath, [...profile, options.entry], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    reapOnExit(this.child);
    const onLine = options.onLine ?? (() => undefined);
    this.exited = once(this.child, 'exit');
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.keep(chunk.toString('utf8'));
    });
    if (this.child.stdout) {
      createInterface({ input: this.child.stdout }).on('line', (line) => {
        this.keep(`${line}\n`);
        onLine(line);
      });
    }
    this.died = new Promise<never>((_, reject) => {
      this.child.once('exit', (code, signal) => {
        if (!this.expectingExit) reject(new Error(`${name} exited (${String(code ?? signal)}):\n${this.output}`));
      });
    });
    // only observed when raced; a process that dies unraced is still caught by the caller's next wait
    this.died.catch(() => undefined);
  }

  static spawn(options: ServiceProcessOptions): ServiceProcess {
    return new ServiceProcess(options.name, options);
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.name} could not be spawned: ${this.output}`);
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
