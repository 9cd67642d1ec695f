import type { Figures } from '../stack/figures.js';
import { cpuSecondsPerThousand, dispatchesOf, type LayoutTotals } from './per-thousand.js';
import { atRate } from './rate-schedule.js';
import type { RunningLayout } from './running-layout.js';

/**
 * Prints a layout's figures under a load and records them as `<figure><label>` (the closed loop: `cpuPerThousandA`)
 * or, at a fixed rate, `<figure><label>At<rate>` (`cpuPerThousandAAt1000`); returns its CPU seconds per 1,000.
 */
export function reportLayout(
  figures: Figures,
  label: string,
  running: RunningLayout,
  totals: LayoutTotals,
  rate?: number,
): number {
  const name = (figure: string): string =>
    rate === undefined ? `${figure}${label}` : atRate(`${figure}${label}`, rate);
  const dispatches = dispatchesOf(totals);
  const perThousand = cpuSecondsPerThousand(totals.interactionsCpuSeconds, dispatches);
  const natsPerThousand = cpuSecondsPerThousand(totals.natsServerCpuSeconds, dispatches);
  const perSecond = dispatches / totals.seconds;
  const instances = running.layout.instances.length;
  const byTenant = Object.entries(totals.byTenant)
    .map(([tenant, count]) => `${tenant} ${count}`)
    .join(', ');
  const load = rate === undefined ? 'closed loop' : `${rate}/s open loop`;
  const late = rate === undefined ? '' : `, ${totals.late} late`;
  const syscalls = totals.interactionsSyscalls / dispatches;
  const wakeups = totals.interactionsWakeups / dispatches;
  const preemptions = totals.interactionsPreemptions / dispatches;
  console.log(
    `${label} at ${load} (${running.layout.name}, ${instances} instance${instances > 1 ? 's' : ''}): ` +
      `${perThousand.toFixed(3)} CPU s per 1,000 dispatches (interactions, summed; nats-server ${natsPerThousand.toFixed(3)}); ` +
      `${perSecond.toFixed(0)} dispatches/s (${byTenant}; ${totals.failures} failed${late}) over ${totals.seconds.toFixed(1)} s; ` +
      `per dispatch ${syscalls.toFixed(2)} socket reads+writes, ${wakeups.toFixed(2)} event-loop wake-ups, ${preemptions.toFixed(2)} preemptions`,
  );
  figures.set(name('cpuPerThousand'), perThousand, 4);
  figures.set(name('natsServerCpuPerThousand'), natsPerThousand, 4);
  figures.set(name('dispatchesPerSecond'), perSecond);
  figures.set(name('dispatches'), dispatches);
  figures.set(name('failures'), totals.failures);
  figures.set(name('syscallsPerDispatch'), syscalls, 2);
  figures.set(name('wakeupsPerDispatch'), wakeups, 2);
  figures.set(name('preemptionsPerDispatch'), preemptions, 2);
  if (rate !== undefined) figures.set(name('late'), totals.late);
  return perThousand;
}
