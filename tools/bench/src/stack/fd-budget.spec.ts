import { describe, expect, it } from '@jest/globals';
import {
  checkHeldSize,
  desksPerProcess,
  hardOpenFileLimitOf,
  heldSizesToTry,
  largestHeldSize,
  openFileLimitOf,
  portsInRange,
  type FdBudget,
} from './fd-budget.js';

const budget: FdBudget = {
  gateway: { limit: 20_000, open: 40 },
  notifier: { limit: 20_000, open: 30 },
  client: { limit: 20_000, open: 20 },
  ephemeralPorts: 28_232,
};

describe('the file descriptors of N connected desktops', () => {
  it('fits 1,000 and 5,000 desktops in a 20,000 limit, one benchmark process each', () => {
    expect(checkHeldSize(1_000, budget)).toEqual({ size: 1_000, deskProcesses: 1 });
    expect(checkHeldSize(5_000, budget)).toEqual({ size: 5_000, deskProcesses: 1 });
  });

  it('refuses 20,000 because the gateway needs two descriptors per desktop, and says so', () => {
    const check = checkHeldSize(20_000, budget);
    expect(check.refusal).toBe(
      "the gateway needs about 41,064 file descriptors (2 per desktop: its client's connection and its upstream to the notifier), its limit is 20,000",
    );
    expect(check.deskProcesses).toBe(4);
  });

  it('names the notifier when only its limit is too low, and the port range when only that is', () => {
    expect(checkHeldSize(5_000, { ...budget, notifier: { limit: 4_096, open: 30 } }).refusal).toMatch(
      /^the notifier needs about 6,054/,
    );
    const wide = { ...budget, gateway: { limit: 100_000, open: 40 }, notifier: { limit: 100_000, open: 30 } };
    expect(checkHeldSize(28_000, wide).refusal).toMatch(/ephemeral ports, the range holds 28,232$/);
  });

  it("spreads the desks over processes within the benchmark's own limit", () => {
    expect(desksPerProcess({ ...budget, client: { limit: 2_048, open: 24 } })).toBe(1_000);
    expect(checkHeldSize(2_500, { ...budget, client: { limit: 2_048, open: 24 } }).deskProcesses).toBe(3);
  });

  it('adds the largest size that fits when a planned one does not', () => {
    expect(largestHeldSize(budget)).toBe(9_000);
    expect(
      heldSizesToTry([1_000, 5_000, 20_000], budget).map(({ size, refusal }) => [size, refusal === undefined]),
    ).toEqual([
      [1_000, true],
      [5_000, true],
      [9_000, true],
      [20_000, false],
    ]);
    expect(heldSizesToTry([200], budget).map(({ size }) => size)).toEqual([200]);
  });
});

describe('reading the limits', () => {
  const limits = [
    'Limit                     Soft Limit           Hard Limit           Units     ',
    'Max processes             95723                95723                processes ',
    'Max open files            1024                 20000                files     ',
  ].join('\n');

  it('reads the soft and hard open-file limits of /proc/<pid>/limits', () => {
    expect(openFileLimitOf(limits)).toBe(1_024);
    expect(hardOpenFileLimitOf(limits)).toBe(20_000);
    expect(() => openFileLimitOf('Max processes 1 1')).toThrow('no "Max open files"');
  });

  it('counts the ports of ip_local_port_range', () => {
    expect(portsInRange('32768\t60999\n')).toBe(28_232);
    expect(() => portsInRange('nonsense')).toThrow('not a port range');
  });
});
