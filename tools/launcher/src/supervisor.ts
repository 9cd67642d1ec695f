import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '@switchboard/logging';
import { RestartBackoff } from './restart-backoff.js';
import { forgetPid, recordPid } from './run-dir.js';

const STOP_GRACE_MS = 10_000;

export interface AppSpec {
  name: string;
  entry: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Runs the apps as child processes, restarts one that dies (a crash must not take the platform down), records
 * their pids under <runDir>/<name>.pid, and stops them all gracefully.
 */
export class Supervisor {
  private readonly children = new Map<string, ChildProcess>();
  private readonly backoffs = new Map<string, RestartBackoff>();
  private stopping = false;

  constructor(
    private readonly runDir: string,
    private readonly logger: Logger,
  ) {}

  async start(app: AppSpec): Promise<void> {
    const child = spawn(process.execPath, [app.entry], { env: app.env, stdio: 'inherit' });
    this.children.set(app.name, child);
    const backoff = this.backoffs.get(app.name) ?? new RestartBackoff();
    this.backoffs.set(app.name, backoff);
    backoff.started();
    await recordPid(this.runDir, app.name, child.pid);
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      const delay = backoff.delayAfterExit();
      this.logger.warn({ app: app.name, code, signal, restartInMs: delay }, 'app exited; restarting it');
      setTimeout(() => {
        if (!this.stopping) void this.start(app);
      }, delay);
    });
  }

  /** SIGTERM to every app, SIGKILL to any still running after the grace period. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children.entries()].map(async ([name, child]) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => {
          child.once('exit', () => {
            resolve();
          });
        });
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
        await forgetPid(this.runDir, name);
      }),
    );
  }
}
