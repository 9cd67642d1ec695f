import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/**
 * The user + system CPU a process has used, in clock ticks, from the text of /proc/<pid>/stat (all its threads
 * together). The command name (field 2) is in parentheses and may hold spaces, so the fields are counted from
 * the last ')': after it come state (field 3) … utime (field 14) and stime (field 15).
 */
export function cpuTicksOfStat(stat: string): number {
  const close = stat.lastIndexOf(')');
  if (close < 0) throw new Error(`not a /proc/<pid>/stat line: ${JSON.stringify(stat.slice(0, 80))}`);
  const fields = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const utime = Number(fields[14 - 3]);
  const stime = Number(fields[15 - 3]);
  if (!Number.isInteger(utime) || !Number.isInteger(stime)) {
    throw new Error(`no utime/stime in /proc/<pid>/stat: ${JSON.stringify(stat.slice(0, 200))}`);
  }
  return utime + stime;
}

/** Clock ticks per second (USER_HZ), almost always 100. */
const ticksPerSecond = ((): number => {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(value) && value > 0 ? value : 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) process `pid` has used since it started. */
export async function cpuSecondsOf(pid: number): Promise<number> {
  return cpuTicksOfStat(await readFile(`/proc/${pid}/stat`, 'utf8')) / ticksPerSecond;
}
