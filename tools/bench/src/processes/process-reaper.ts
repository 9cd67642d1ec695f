import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const children = new Set<ChildProcess>();
const dirs = new Set<string>();
let hooked = false;

/** SIGKILLs every registered process still running and deletes the registered directories. */
function reap(): void {
  for (const child of children) {
    // an exited child is skipped: its pid may be another process's by now
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

/**
 * Hooks the benchmark's exit, whatever ends it (its end, a failure, an uncaught error, Ctrl-C, a SIGTERM), to kill
 * what it started. The clean path stops its processes itself; this is for every other path.
 */
function hook(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', reap);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`benchmark: ${signal}; stopping what it started`);
      process.exit(1);
    });
  }
}

/** Kills `child` when the benchmark exits, if it still runs then. */
export function reapOnExit(child: ChildProcess): void {
  hook();
  children.add(child);
}

/** Deletes `dir` when the benchmark exits (after its processes are killed); nothing when it is gone already. */
export function removeOnExit(dir: string): void {
  hook();
  dirs.add(dir);
}
