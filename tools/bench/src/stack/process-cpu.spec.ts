import { describe, expect, it } from '@jest/globals';
import { cpuTicksOfStat } from './process-cpu.js';

// A real line of /proc/<pid>/stat (a node process), its fields 14 and 15 being utime 1234 and stime 56.
const stat = (comm: string): string =>
  `4242 (${comm}) S 4200 4242 4200 0 -1 4194560 21516 0 0 0 1234 56 0 0 20 0 11 0 1905 1170599936 23874 18446744073709551615 1 1 0 0 0 0 0 16781312 134235650 0 0 0 17 1 0 0 0 0 0`;

describe('cpuTicksOfStat', () => {
  it('adds utime and stime', () => {
    expect(cpuTicksOfStat(stat('node'))).toBe(1290);
  });

  it('counts the fields after the command name, which may hold spaces and parentheses', () => {
    expect(cpuTicksOfStat(stat('a (b) c'))).toBe(1290);
  });

  it('refuses text that is not a stat line', () => {
    expect(() => cpuTicksOfStat('nonsense')).toThrow('not a /proc/<pid>/stat line');
    expect(() => cpuTicksOfStat('1 (x) S 1')).toThrow('no utime/stime');
  });
});
