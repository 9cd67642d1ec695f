import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromSizeProcess, ToSizeProcess } from './size-protocol.js';
import type { TenantSize } from './synthetic-tenant.js';

const WORKER = fileURLToPath(new URL('./size-worker.js', import.meta.url));
/** Room for the 10 × tenant (≈ 1.7 GB live), so the heap limit never forces collections on one size only. */
const WORKER_FLAGS = ['--max-old-space-size=8192', '--expose-gc'];

/** One size of the routing benchmark, set up in its own process (size-worker.ts), measured a turn at a time. */
export class SizeProcess {
  readonly samples: number[] = [];
  involuntarySwitches = 0;

  private constructor(
    readonly size: TenantSize,
    readonly setupMs: number,
    private readonly child: ChildProcess,
  ) {}

  static async start(size: TenantSize, seed: number): Promise<SizeProcess> {
    const child = fork(WORKER, [], { execArgv: WORKER_FLAGS, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    try {
      const { setupMs } = await ask(child, { type: 'set-up', size, seed }, 'ready');
      return new SizeProcess(size, setupMs, child);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
  }

  async turn(untimed: number, operations: number): Promise<void> {
    const done = await ask(this.child, { type: 'turn', untimed, operations }, 'turn-done');
    for (const ns of done.samples) this.samples.push(ns);
    this.involuntarySwitches += done.involuntarySwitches;
  }

  stop(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}

function ask<T extends FromSizeProcess['type']>(
  child: ChildProcess,
  message: ToSizeProcess,
  expected: T,
): Promise<Extract<FromSizeProcess, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: FromSizeProcess): void => {
      settle();
      if (answer.type === expected) resolve(answer as Extract<FromSizeProcess, { type: T }>);
      else
        reject(
          new Error(
            answer.type === 'failed'
              ? `a size process failed: ${answer.message}`
              : `expected ${expected}, got ${answer.type}`,
          ),
        );
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      settle();
      reject(
        new Error(
          `a size process exited (code ${String(code)}, signal ${String(signal)}) before answering ${message.type}`,
        ),
      );
    };
    const settle = (): void => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send(message);
  });
}
