import { describe, expect, it } from '@jest/globals';
import { bucketsOf, countBetween, percentileBetween } from './lag-histogram.js';

const exposition = (counts: readonly number[]): string =>
  [
    '# HELP lag_seconds x',
    '# TYPE lag_seconds histogram',
    `lag_seconds_bucket{le="0.1"} ${counts[0]}`,
    `lag_seconds_bucket{le="1"} ${counts[1]}`,
    `lag_seconds_bucket{le="+Inf"} ${counts[2]}`,
    'lag_seconds_sum 1',
    `lag_seconds_count ${counts[2]}`,
  ].join('\n');

describe('percentiles of a Prometheus histogram between two readings', () => {
  const before = bucketsOf(exposition([10, 10, 10]), 'lag_seconds');
  const after = bucketsOf(exposition([100, 109, 110]), 'lag_seconds');

  it('are the upper bound of the bucket that holds them, counting only what was observed in between', () => {
    expect(countBetween(before, after)).toBe(100);
    expect(percentileBetween(before, after, 50)).toBe(0.1);
    expect(percentileBetween(before, after, 90)).toBe(0.1);
    expect(percentileBetween(before, after, 99)).toBe(1);
    expect(percentileBetween(before, after, 100)).toBe(Number.POSITIVE_INFINITY);
  });

  it('are NaN when nothing was observed', () => {
    expect(percentileBetween(after, after, 50)).toBeNaN();
  });
});
