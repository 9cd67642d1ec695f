import { describe, expect, it } from '@jest/globals';
import {
  atRate,
  dispatchesOfLoad,
  dueAtMs,
  dueBy,
  isLate,
  LATE_AFTER_MS,
  parseRates,
  tenantOf,
} from './rate-schedule.js';

describe('paced load schedule', () => {
  it('has the first dispatch due at once and one more every 1 / rate s', () => {
    expect(dueBy(0, 1000, 5000)).toBe(1);
    expect(dueBy(0.999, 1000, 5000)).toBe(1);
    expect(dueBy(1, 1000, 5000)).toBe(2);
    expect(dueBy(1000, 3000, 10_000)).toBe(3001);
    expect(dueBy(-5, 1000, 5000)).toBe(0);
  });

  it('never has more due than the load holds', () => {
    expect(dueBy(60_000, 1000, 5000)).toBe(5000);
  });

  it('agrees with the due time of each dispatch', () => {
    for (const rate of [1000, 3000, 750]) {
      for (const index of [0, 1, 7, 2999]) {
        const due = dueAtMs(index, rate);
        expect(dueBy(due, rate, 1e9)).toBeGreaterThan(index);
        expect(dueBy(due - 0.01, rate, 1e9)).toBeLessThanOrEqual(index);
      }
    }
  });

  it('gives both layouts the same number of dispatches', () => {
    expect(dispatchesOfLoad(3000, 5)).toBe(15_000);
    expect(dispatchesOfLoad(1000, 1.5)).toBe(1500);
  });

  it('spreads the dispatches evenly over the tenants, in turn', () => {
    const tenants = ['acme', 'demo'];
    const counts = { acme: 0, demo: 0 };
    for (let index = 0; index < 1001; index += 1) counts[tenantOf(index, tenants) as 'acme' | 'demo'] += 1;
    expect(counts).toEqual({ acme: 501, demo: 500 });
    expect(() => tenantOf(0, [])).toThrow('at least one tenant');
  });

  it('counts a reply late only past the allowance after its due time, however early it was sent', () => {
    expect(isLate(10, 10 + LATE_AFTER_MS)).toBe(false);
    expect(isLate(10, 10 + LATE_AFTER_MS + 1)).toBe(true);
  });
});

describe('rates on the command line', () => {
  it('reads a list of rates', () => {
    expect(parseRates(undefined)).toEqual([]);
    expect(parseRates('1000')).toEqual([1000]);
    expect(parseRates('1000, 3000')).toEqual([1000, 3000]);
  });

  it('refuses what is not a positive rate, or a rate twice', () => {
    expect(() => parseRates('1000,fast')).toThrow('"fast" is not a positive number');
    expect(() => parseRates('0')).toThrow('is not a positive number');
    expect(() => parseRates('')).toThrow('is not a positive number');
    expect(() => parseRates('1000,1000')).toThrow('names a rate twice');
  });

  it('names the figures of a rate', () => {
    expect(atRate('scaleOutRatio', 1000)).toBe('scaleOutRatioAt1000');
    expect(atRate('cpuPerThousandA', 2.5)).toBe('cpuPerThousandAAt2_5');
  });
});
