import { readFile } from 'node:fs/promises';

/** The resident set size in bytes from the text of /proc/<pid>/status (its `VmRSS:  <n> kB` line). */
export function rssBytesOfStatus(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (match?.[1] === undefined) throw new Error('no VmRSS line in /proc/<pid>/status');
  return Number(match[1]) * 1024;
}

/** The resident set size of process `pid` in bytes. */
export async function rssBytesOf(pid: number): Promise<number> {
  return rssBytesOfStatus(await readFile(`/proc/${pid}/status`, 'utf8'));
}
