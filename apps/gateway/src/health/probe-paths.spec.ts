import { describe, expect, it } from '@jest/globals';
import { isProbe } from './probe-paths.js';

describe('isProbe', () => {
  it('knows /livez, /readyz and /health, which the rate limits let through', () => {
    expect(['/livez', '/readyz', '/health'].map(isProbe)).toEqual([true, true, true]);
  });

  it('lets Prometheus’s scrape of /metrics through the limits too', () => {
    expect(isProbe('/metrics')).toBe(true);
  });

  it('takes nothing else for a probe', () => {
    expect(['/', '/healthz', '/readyz/x', '/appconnector/interactions', '/livez?x=1'].map(isProbe)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
