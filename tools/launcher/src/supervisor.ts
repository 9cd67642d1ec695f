import { spawn, type ChildProcess } from 'node:child_process';
import { EXIT_CONFIG } from '@switchboard/config';
import type { Logger } from '@switchboard/logging';
import { OutputTail } from './output-tail.js';
import { RestartBackoff } from './restart-backoff.js';
import { forgetPid, recordPid } from './run-dir.js';

const STOP_GRACE_MS = 10_000;

export interface AppSpec {
  name: string;
  entry: string;
  env: NodeJS.ProcessEnv;
}

/** An app exited with EXIT_CONFIG: its configuration is invalid, and starting it again would fail the same way. */
export class AppConfigurationError extends Error {
  constructor(
    readonly app: string,
    readonly said: string,
  ) {
    super(
      `${app} exited with status ${String(EXIT_CONFIG)}: its configuration is invalid, so Switchboard stops instead of restarting it. It said:\n${said}`,
    );
    this.name = 'AppConfigurationError';
  }
}

/**
 * Runs the apps as child processes, restarts one that dies (a crash must not take the platform down) after a capped
 * backoff, records their pids under <runDir>/<name>.pid, and stops them all gracefully. An app that exits with
 * EXIT_CONFIG is not restarted: `misconfigured` rejects with what it wrote on stderr.
 */
export class Supervisor {
  private readonly children = new Map<string, ChildProcess>();
  private readonly backoffs = new Map<string, RestartBackoff>();
  private stopping = false;
  private giveUp: (error: AppConfigurationError) => void = () => undefined;
  /** Rejects when an app's configuration is invalid: the launcher then stops everything, with its message. */
  readonly misconfigured = new Promise<never>((_, reject) => {
    this.giveUp = reject;
  });

  constructor(
    private readonly runDir: string,
    private readonly logger: Logger,
  ) {
    // observed by the launcher when it needs it; never an unhandled rejection
    this.misconfigured.catch(() => undefined);
  }

  async start(app: AppSpec): Promise<void> {
    // a start still under way when the platform began stopping must not leave a process behind
    if (this.stopping) return;
    // stderr passes through, and its end is kept: it is the app's last word if its configuration stops the platform
    const child = spawn(process.execPath, [app.entry], { env: app.env, stdio: ['inherit', 'inherit', 'pipe'] });
    const said = new OutputTail();
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      process.stderr.write(chunk);
      said.append(chunk);
    });
    this.children.set(app.name, child);
    const backoff = this.backoffs.get(app.name) ?? new RestartBackoff();
    this.backoffs.set(app.name, backoff);
    backoff.started();
    await recordPid(this.runDir, app.name, child.pid);
    // 'close', not 'exit': its stderr has been read to the end by then
    child.once('close', (code, signal) => {
      if (this.stopping) return;
      if (code === EXIT_CONFIG) {
        this.giveUp(new AppConfigurationError(app.name, said.toString()));
        return;
      }
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
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise<void>((resolve) => {
            child.once('exit', () => {
              resolve();
            });
          });
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
          await exited;
          clearTimeout(timer);
        }
        await forgetPid(this.runDir, name);
      }),
    );
  }
}
