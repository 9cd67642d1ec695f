import { describe, expect, it } from '@jest/globals';
import { RestartBackoff, STABLE_AFTER_MS } from './restart-backoff.js';

describe('RestartBackoff', () => {
  it('waits longer after each quick death, up to 5 s, and is quick again after a stable run', () => {
    const backoff = new RestartBackoff();
    const delays: number[] = [];
    let now = 1_000_000;
    for (let i = 0; i < 6; i += 1) {
      backoff.started(now);
      now += 100;
      delays.push(backoff.delayAfterExit(now));
    }
    expect(delays).toEqual([250, 500, 1_000, 2_000, 5_000, 5_000]);
    backoff.started(now);
    expect(backoff.delayAfterExit(now + STABLE_AFTER_MS)).toBe(250);
  });

  it('counts failed starts as failures too', () => {
    const backoff = new RestartBackoff();
    backoff.started(0);
    expect(backoff.delayAfterExit(10)).toBe(250);
    expect(backoff.delayAfterFailedStart()).toBe(500);
    expect(backoff.delayAfterFailedStart()).toBe(1_000);
  });
});
