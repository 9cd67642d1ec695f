import { describe, expect, it } from '@jest/globals';
import {
  addWindow,
  cpuSecondsBetween,
  cpuSecondsPerThousand,
  dispatchesOf,
  NO_TOTALS,
  scaleOutRatio,
  stackFloorRatio,
  type LayoutTotals,
} from './per-thousand.js';

describe('scale-out arithmetic', () => {
  it('gives CPU seconds per 1,000 dispatches, and no figure when nothing was dispatched', () => {
    expect(cpuSecondsPerThousand(3, 12_000)).toBeCloseTo(0.25);
    expect(cpuSecondsPerThousand(3, 0)).toBeNaN();
  });

  it('sums what each process used between its two readings', () => {
    expect(cpuSecondsBetween([10, 2], [13.5, 4])).toBeCloseTo(5.5);
    expect(cpuSecondsBetween([1], [1.25])).toBeCloseTo(0.25);
  });

  it('refuses readings of different process sets', () => {
    expect(() => cpuSecondsBetween([1, 2], [3])).toThrow('2 readings before but 1 after');
  });

  it('divides the two-instance cost by the one-instance cost', () => {
    expect(scaleOutRatio(0.2, 0.21)).toBeCloseTo(1.05);
    expect(scaleOutRatio(0, 0.21)).toBeNaN();
  });

  it("floors the service's ratio at what the baseline's second instance adds to the service's one-instance cost", () => {
    // the baseline's second instance adds 0.1 CPU s per 1,000 to a service costing 0.4: 0.5 / 0.4
    expect(stackFloorRatio(0.4, 0.2, 0.3)).toBeCloseTo(1.25);
    // a baseline that scales out for free leaves a floor of 1
    expect(stackFloorRatio(0.4, 0.2, 0.2)).toBeCloseTo(1);
  });
});

describe('layout totals', () => {
  it('adds windows up, tenant by tenant', () => {
    const window = (acme: number, demo: number, cpu: number): LayoutTotals => ({
      byTenant: { acme, demo },
      failures: 1,
      late: cpu,
      seconds: 5,
      interactionsCpuSeconds: cpu,
      natsServerCpuSeconds: cpu / 4,
      interactionsSyscalls: cpu * 100,
      interactionsWakeups: cpu * 10,
      interactionsPreemptions: cpu,
    });
    const totals = addWindow(addWindow(NO_TOTALS, window(100, 90, 2)), window(110, 95, 3));
    expect(totals).toEqual({
      byTenant: { acme: 210, demo: 185 },
      failures: 2,
      late: 5,
      seconds: 10,
      interactionsCpuSeconds: 5,
      natsServerCpuSeconds: 1.25,
      interactionsSyscalls: 500,
      interactionsWakeups: 50,
      interactionsPreemptions: 5,
    });
    expect(dispatchesOf(totals)).toBe(395);
    expect(dispatchesOf(NO_TOTALS)).toBe(0);
  });
});
