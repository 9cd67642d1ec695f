import { describe, expect, it } from '@jest/globals';
import { coalesced } from './coalesced.js';
import { isSupervisor } from './roles.js';

describe('the supervisor view’s switch and refreshes', () => {
  it('is shown to a user whose GWS roles name ROLE_SUPERVISOR, to nobody else', () => {
    expect(isSupervisor({ id: '5468', userName: 'sam', roles: ['ROLE_AGENT', 'ROLE_SUPERVISOR'] })).toBe(true);
    expect(isSupervisor({ id: '5465', userName: 'alice', roles: ['ROLE_AGENT'] })).toBe(false);
    expect(isSupervisor({ id: '5465', userName: 'alice' })).toBe(false);
    expect(isSupervisor({ roles: 'ROLE_SUPERVISOR' })).toBe(false);
    expect(isSupervisor(null)).toBe(false);
  });

  it('runs a refresh once at a time, and once more for every burst of asks while one runs', async () => {
    const finishers: (() => void)[] = [];
    const startWaiters: (() => void)[] = [];
    let runs = 0;
    const refresh = coalesced(() => {
      runs += 1;
      for (const started of startWaiters.splice(0)) started();
      return new Promise<void>((resolve) => finishers.push(resolve));
    });
    const nextRun = () =>
      new Promise<void>((resolve) => {
        startWaiters.push(resolve);
      });

    const first = refresh();
    void refresh();
    void refresh();
    expect(runs).toBe(1);
    const second = nextRun();
    finishers.shift()?.();
    await second;
    // the two asks made while the first ran: one more run, not two
    expect(runs).toBe(2);
    finishers.shift()?.();
    await first;
    expect(runs).toBe(2);
    const third = refresh();
    expect(runs).toBe(3);
    finishers.shift()?.();
    await third;
    expect(finishers).toEqual([]);
  });
});
