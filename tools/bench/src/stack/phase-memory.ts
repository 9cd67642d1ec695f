import type { Platform } from '@switchboard/testing';
import type { Figures } from './figures.js';
import { fillLine } from './fill-line.js';
import type { StackPlan } from './plan.js';
import { rssBytesOf } from './process-memory.js';
import { figureSuffix, readEachProcess, STACK_PROCESSES } from './stack-processes.js';

const MiB = 2 ** 20;

/**
 * The resident memory of each process with `plan.waitingForMemory` interactions waiting in line: tops up the
 * line (`alreadyWaiting` are there from the loads before) and reads /proc/<pid>/status.
 */
export async function measureWaitingMemory(
  platform: Platform,
  token: string,
  plan: StackPlan,
  figures: Figures,
  alreadyWaiting: number,
): Promise<void> {
  const added = await fillLine(
    platform.baseUrl,
    token,
    Math.max(0, plan.waitingForMemory - alreadyWaiting),
    plan.batchSize,
  );
  const waiting = alreadyWaiting + added;
  const rss = await readEachProcess(platform, rssBytesOf);
  console.log(
    `resident memory with ${waiting} interactions waiting: ${STACK_PROCESSES.map((name) => `${name} ${(rss[name] / MiB).toFixed(0)} MiB`).join(', ')}`,
  );
  figures.set('rssWaitingInteractions', waiting);
  for (const name of STACK_PROCESSES) figures.set(`rssMiB${figureSuffix(name)}`, rss[name] / MiB);
}
