import type { Platform } from '@switchboard/testing';

export const STACK_PROCESSES = ['gateway', 'interactions', 'notifier', 'nats-server'] as const;
export type StackProcess = (typeof STACK_PROCESSES)[number];
export type PerProcess = Record<StackProcess, number>;

/** A reading (CPU, memory) of each process of the platform, by the pid the launcher recorded in its run directory. */
export async function readEachProcess(platform: Platform, read: (pid: number) => Promise<number>): Promise<PerProcess> {
  const entries = await Promise.all(
    STACK_PROCESSES.map(async (name) => [name, await read(await platform.pidOf(name))] as const),
  );
  return Object.fromEntries(entries) as PerProcess;
}

/** camelCase figure names for the processes: nats-server → NatsServer. */
export const figureSuffix = (name: StackProcess): string =>
  name
    .split('-')
    .map((part) => (part[0] ?? '').toUpperCase() + part.slice(1))
    .join('');
