import { describe, expect, it } from '@jest/globals';
import { activityBetween, activityOfProcTexts } from './process-activity.js';

const IO = 'rchar: 6976\nwchar: 120\nsyscr: 10\nsyscw: 4\nread_bytes: 0\nwrite_bytes: 0\ncancelled_write_bytes: 0\n';
const STATUS = 'Name:\tnode\nThreads:\t11\nvoluntary_ctxt_switches:\t250\nnonvoluntary_ctxt_switches:\t31\n';

describe('process activity', () => {
  it('counts read and write calls, and the main thread’s sleeps and preemptions apart', () => {
    expect(activityOfProcTexts(IO, STATUS)).toEqual({ syscalls: 14, wakeups: 250, preemptions: 31 });
  });

  it('says which field a /proc text lacks', () => {
    expect(() => activityOfProcTexts('rchar: 1\n', STATUS)).toThrow('no syscr in /proc/<pid>/io');
    expect(() => activityOfProcTexts(IO, 'Name:\tnode\n')).toThrow('no voluntary_ctxt_switches');
    expect(() => activityOfProcTexts(IO, 'voluntary_ctxt_switches:\t1\n')).toThrow('no nonvoluntary_ctxt_switches');
  });

  it('sums what each process did between its readings', () => {
    const before = [
      { syscalls: 10, wakeups: 5, preemptions: 1 },
      { syscalls: 100, wakeups: 50, preemptions: 2 },
    ];
    const after = [
      { syscalls: 15, wakeups: 7, preemptions: 4 },
      { syscalls: 130, wakeups: 60, preemptions: 2 },
    ];
    expect(activityBetween(before, after)).toEqual({ syscalls: 35, wakeups: 12, preemptions: 3 });
    expect(() => activityBetween(before, after.slice(1))).toThrow('2 readings before but 1 after');
  });
});
