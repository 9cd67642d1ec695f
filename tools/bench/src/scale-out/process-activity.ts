import { readFile } from 'node:fs/promises';

/**
 * How often a process went to the kernel, counted from outside it: the read and write calls of all its threads (its
 * socket reads and writes; the benchmark's services log nothing at warn) and the times its main thread, the event
 * loop, went to sleep waiting for I/O (voluntary context switches) or was put off its core for another process
 * (involuntary ones: preemptions). Per dispatch they say how much a layout batches per turn and per socket write, and
 * how much it is interrupted: what a closed loop on a saturated box measures along with the work.
 */
export interface ProcessActivity {
  syscalls: number;
  wakeups: number;
  preemptions: number;
}

/** `name: value` of a /proc text (`/proc/<pid>/io`, `/proc/<pid>/status`), as a number. */
function field(text: string, name: string, file: string): number {
  const match = new RegExp(`^${name}:\\s*(\\d+)\\s*$`, 'm').exec(text);
  if (match?.[1] === undefined) throw new Error(`no ${name} in ${file}`);
  return Number(match[1]);
}

/** From the texts of /proc/<pid>/io (the whole thread group) and /proc/<pid>/status (the main thread). */
export function activityOfProcTexts(io: string, status: string): ProcessActivity {
  return {
    syscalls: field(io, 'syscr', '/proc/<pid>/io') + field(io, 'syscw', '/proc/<pid>/io'),
    wakeups: field(status, 'voluntary_ctxt_switches', '/proc/<pid>/status'),
    preemptions: field(status, 'nonvoluntary_ctxt_switches', '/proc/<pid>/status'),
  };
}

export async function activityOf(pid: number): Promise<ProcessActivity> {
  const [io, status] = await Promise.all([
    readFile(`/proc/${pid}/io`, 'utf8'),
    readFile(`/proc/${pid}/status`, 'utf8'),
  ]);
  return activityOfProcTexts(io, status);
}

/** What a set of processes did between two readings of each (same order), summed. */
export function activityBetween(
  before: readonly ProcessActivity[],
  after: readonly ProcessActivity[],
): ProcessActivity {
  if (before.length !== after.length) throw new Error(`${before.length} readings before but ${after.length} after`);
  return after.reduce(
    (sum, reading, index) => ({
      syscalls: sum.syscalls + reading.syscalls - (before[index]?.syscalls ?? Number.NaN),
      wakeups: sum.wakeups + reading.wakeups - (before[index]?.wakeups ?? Number.NaN),
      preemptions: sum.preemptions + reading.preemptions - (before[index]?.preemptions ?? Number.NaN),
    }),
    { syscalls: 0, wakeups: 0, preemptions: 0 },
  );
}
