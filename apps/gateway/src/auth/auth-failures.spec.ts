import { describe, expect, it } from '@jest/globals';
import { AuthFailures } from './auth-failures.js';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1_000_000;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('AuthFailures', () => {
  it('lets an address fail up to the limit in a minute, then asks it to wait until its oldest failure is a minute old', () => {
    const { now, advance } = clock();
    const failures = new AuthFailures(3, now);
    failures.record('10.0.0.1');
    advance(10_000);
    failures.record('10.0.0.1');
    expect(failures.retryAfterSeconds('10.0.0.1')).toBeUndefined();
    failures.record('10.0.0.1');
    expect(failures.retryAfterSeconds('10.0.0.1')).toBe(50);
    expect(failures.retryAfterSeconds('10.0.0.2')).toBeUndefined();
    advance(50_000);
    expect(failures.retryAfterSeconds('10.0.0.1')).toBeUndefined();
  });

  it('counts a sliding minute: failing again right after the wait blocks again at once', () => {
    const { now, advance } = clock();
    const failures = new AuthFailures(2, now);
    failures.record('a');
    advance(59_000);
    failures.record('a');
    expect(failures.retryAfterSeconds('a')).toBe(1);
    advance(1_000);
    expect(failures.retryAfterSeconds('a')).toBeUndefined();
    failures.record('a');
    expect(failures.retryAfterSeconds('a')).toBe(59);
  });

  it('forgets the least recently failing address past 10,000 of them', () => {
    const { now } = clock();
    const failures = new AuthFailures(1, now);
    for (let i = 0; i <= 10_000; i += 1) failures.record(`10.1.${Math.floor(i / 256)}.${i % 256}`);
    expect(failures.retryAfterSeconds('10.1.0.0')).toBeUndefined();
    expect(failures.retryAfterSeconds('10.1.0.1')).toBe(60);
  });
});
