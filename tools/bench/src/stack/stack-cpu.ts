import type { Platform } from '@switchboard/testing';
import { cpuSecondsOf } from './process-cpu.js';

export const STACK_PROCESSES = ['gateway', 'interactions', 'notifier', 'nats-server'] as const;
export type StackProcess = (typeof STACK_PROCESSES)[number];
export type CpuSeconds = Record<StackProcess, number>;

/** The CPU seconds each process of the platform has used so far (pids from the launcher's run directory). */
export async function stackCpuSeconds(platform: Platform): Promise<CpuSeconds> {
  const entries = await Promise.all(STACK_PROCESSES.map(async (name) => [name, await cpuSecondsOf(await platform.pidOf(name))] as const));
  return Object.fromEntries(entries) as CpuSeconds;
}

/** CPU seconds per 1,000 dispatches of each process, between two readings. */
export function cpuPerThousand(before: CpuSeconds, after: CpuSeconds, dispatches: number): CpuSeconds {
  const per = (name: StackProcess): number => ((after[name] - before[name]) * 1000) / Math.max(1, dispatches);
  return { gateway: per('gateway'), interactions: per('interactions'), notifier: per('notifier'), 'nats-server': per('nats-server') };
}
