import { describe, expect, it } from '@jest/globals';
import { ExpiringLru } from './expiring-lru.js';

describe('ExpiringLru', () => {
  it('answers what was stored until its expiry, and nothing from then on', () => {
    let now = 1_000;
    const cache = new ExpiringLru<string>(10, () => now);
    cache.set('a', 'claims of a', 2_000);
    expect(cache.get('a')).toBe('claims of a');
    now = 1_999;
    expect(cache.get('a')).toBe('claims of a');
    now = 2_000;
    expect(cache.get('a')).toBeUndefined();
    now = 1_500; // an expired entry is gone, even if the clock went back
    expect(cache.get('a')).toBeUndefined();
  });

  it('holds at most its size, letting the least recently used entry go', () => {
    const cache = new ExpiringLru<number>(2, () => 0);
    cache.set('a', 1, 10);
    cache.set('b', 2, 10);
    expect(cache.get('a')).toBe(1); // a is now more recent than b
    cache.set('c', 3, 10);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('replaces an entry stored again, without growing', () => {
    const cache = new ExpiringLru<number>(2, () => 0);
    cache.set('a', 1, 10);
    cache.set('a', 2, 10);
    cache.set('b', 3, 10);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBe(2);
  });
});
