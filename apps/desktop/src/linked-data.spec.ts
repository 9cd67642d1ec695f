import { describe, expect, it } from '@jest/globals';
import { safeHref, shown, splitUserData } from './linked-data.js';
import { minutesSeconds } from './offer-clock.js';

describe('an interaction’s userData on the desktop', () => {
  it('splits the linked data from the properties and user data, sorted by key', () => {
    expect(
      splitUserData({
        clid: '+44123456789',
        name: 'Ada',
        url: 'https://crm.example/1',
        urlLabel: 'Open',
        Tier: 'VIP',
        Outcome: { code: 3 },
      }),
    ).toEqual({
      linked: { clid: '+44123456789', name: 'Ada', url: { href: 'https://crm.example/1', label: 'Open' } },
      other: [
        ['Outcome', { code: 3 }],
        ['Tier', 'VIP'],
      ],
    });
  });

  it('links only http and https URLs; a label without a usable URL shows as text', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>1</script>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref(42)).toBeUndefined();
    expect(safeHref('http://crm.example/a b')).toBe('http://crm.example/a%20b');
    expect(splitUserData({ url: 'javascript:alert(1)', urlLabel: 'Click me' }).linked).toEqual({
      url: { label: 'Click me' },
    });
    expect(splitUserData({ url: 'https://x.example/' }).linked).toEqual({
      url: { href: 'https://x.example/', label: 'https://x.example/' },
    });
  });

  it('shows strings as they are and anything else as JSON', () => {
    expect(shown('a "quoted" text')).toBe('a "quoted" text');
    expect(shown(3)).toBe('3');
    expect(shown({ a: [1] })).toBe('{"a":[1]}');
  });

  it('formats the offer clock as m:ss', () => {
    expect(minutesSeconds(0)).toBe('0:00');
    expect(minutesSeconds(9_999)).toBe('0:09');
    expect(minutesSeconds(61_000)).toBe('1:01');
    expect(minutesSeconds(-5)).toBe('0:00');
  });
});
