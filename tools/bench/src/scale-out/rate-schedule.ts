// The arithmetic of the open-loop load (`-- --rate`): which dispatch is due when and to which tenant, which answer
// came late, and how the rates are read from the command line. Pure, so that the schedule is tested apart from the bus.

/** A reply later than this after its dispatch was due counts as late: the layout (or the box) did not keep the rate. */
export const LATE_AFTER_MS = 100;

/**
 * How many dispatches of a paced load are due `elapsedMs` after its start: dispatch k (from 0) is due at k / rate s,
 * so the first goes at once and `total` is never passed.
 */
export function dueBy(elapsedMs: number, rate: number, total: number): number {
  if (elapsedMs < 0) return 0;
  return Math.min(total, Math.floor((elapsedMs * rate) / 1000) + 1);
}

/** When dispatch `index` is due, in ms after the load's start. */
export const dueAtMs = (index: number, rate: number): number => (index * 1000) / rate;

/** Dispatches of a paced load of `seconds` at `rate` per second: the same number for both layouts. */
export const dispatchesOfLoad = (rate: number, seconds: number): number => Math.round(rate * seconds);

/** The tenant of dispatch `index`: in turn, so that the total rate is spread evenly over them. */
export function tenantOf(index: number, tenants: readonly string[]): string {
  const tenant = tenants[index % tenants.length];
  if (tenant === undefined) throw new Error('a paced load needs at least one tenant');
  return tenant;
}

/** Whether a reply at `answeredAtMs` (after the load's start) is late for a dispatch due at `dueMs`. */
export const isLate = (dueMs: number, answeredAtMs: number): boolean => answeredAtMs - dueMs > LATE_AFTER_MS;

/** `--rate 1000,3000` → [1000, 3000]; none given → []. Refuses anything but positive numbers, each once. */
export function parseRates(text: string | undefined): number[] {
  if (text === undefined) return [];
  const rates = text.split(',').map((part) => Number(part.trim()));
  for (const [index, rate] of rates.entries()) {
    if (!Number.isFinite(rate) || rate <= 0)
      throw new Error(`--rate: ${JSON.stringify(text.split(',')[index])} is not a positive number of dispatches/s`);
  }
  if (new Set(rates).size !== rates.length) throw new Error(`--rate: ${text} names a rate twice`);
  return rates;
}

/** A figure of the paced load at `rate`, named for the final JSON line: `scaleOutRatio` at 1000 → `scaleOutRatioAt1000`. */
export const atRate = (name: string, rate: number): string => `${name}At${String(rate).replace('.', '_')}`;
