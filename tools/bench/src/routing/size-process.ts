import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { askChild } from '../processes/ask-child.js';
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
      const { setupMs } = await askChild<FromSizeProcess, 'ready'>(
        child,
        { type: 'set-up', size, seed } satisfies ToSizeProcess,
        'ready',
        'a size process',
      );
      return new SizeProcess(size, setupMs, child);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
  }

  async turn(untimed: number, operations: number): Promise<void> {
    const done = await askChild<FromSizeProcess, 'turn-done'>(
      this.child,
      { type: 'turn', untimed, operations } satisfies ToSizeProcess,
      'turn-done',
      'a size process',
    );
    for (const ns of done.samples) this.samples.push(ns);
    this.involuntarySwitches += done.involuntarySwitches;
  }

  stop(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}
