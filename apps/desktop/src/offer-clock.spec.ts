import { describe, expect, it } from '@jest/globals';
import { offerClockText } from './offer-clock.js';

describe('the offer clock on an invitation', () => {
  it('counts the lease’s time left down from the notification’s arrival, whatever the browser’s own date', () => {
    const timing = { arrivedAt: 5_000, remainingMs: 120_000 };
    expect(offerClockText(timing, 5_000)).toBe('taken back in 2:00');
    expect(offerClockText(timing, 5_001)).toBe('taken back in 2:00'); // rounded up: 0:00 only once it is over
    expect(offerClockText(timing, 6_000)).toBe('taken back in 1:59');
    expect(offerClockText(timing, 124_500)).toBe('taken back in 0:01');
    expect(offerClockText(timing, 125_000)).toBe('offer ending');
    expect(offerClockText(timing, 200_000)).toBe('offer ending');
  });

  it('shows how long an invitation without a lease has waited', () => {
    expect(offerClockText({ arrivedAt: 1_000 }, 62_000)).toBe('offered 1:01 ago');
  });
});
