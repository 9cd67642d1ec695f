import type { Platform } from '@switchboard/testing';
import { cpuSecondsOf } from './process-cpu.js';
import { readEachProcess, type PerProcess, type StackProcess } from './stack-processes.js';

/** The CPU seconds each process of the platform has used so far. */
export const stackCpuSeconds = (platform: Platform): Promise<PerProcess> => readEachProcess(platform, cpuSecondsOf);

/** CPU seconds per 1,000 dispatches of each process, between two readings. */
export function cpuPerThousand(before: PerProcess, after: PerProcess, dispatches: number): PerProcess {
  const per = (name: StackProcess): number => ((after[name] - before[name]) * 1000) / Math.max(1, dispatches);
  return {
    gateway: per('gateway'),
    interactions: per('interactions'),
    notifier: per('notifier'),
    'nats-server': per('nats-server'),
  };
}
