/** A Prometheus histogram's cumulative bucket counts, by upper bound (seconds; +Inf last). */
export type Buckets = Map<number, number>;

/** The buckets of histogram `name` in a /metrics exposition (unlabelled). */
export function bucketsOf(exposition: string, name: string): Buckets {
  const buckets: Buckets = new Map();
  const pattern = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\d+)$`);
  for (const line of exposition.split('\n')) {
    const match = pattern.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined)
      buckets.set(match[1] === '+Inf' ? Number.POSITIVE_INFINITY : Number(match[1]), Number(match[2]));
  }
  return buckets;
}

/**
 * The `p` percentile of the observations made between two readings, as the histogram can tell it: the upper bound
 * (seconds) of the first bucket that holds it. NaN when nothing was observed.
 */
export function percentileBetween(before: Buckets, after: Buckets, p: number): number {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const total = (after.get(Number.POSITIVE_INFINITY) ?? 0) - (before.get(Number.POSITIVE_INFINITY) ?? 0);
  if (total <= 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * total);
  for (const bound of bounds) if ((after.get(bound) ?? 0) - (before.get(bound) ?? 0) >= rank) return bound;
  return Number.POSITIVE_INFINITY;
}

/** Observations between two readings. */
export const countBetween = (before: Buckets, after: Buckets): number =>
  (after.get(Number.POSITIVE_INFINITY) ?? 0) - (before.get(Number.POSITIVE_INFINITY) ?? 0);
