import { describe, expect, it } from '@jest/globals';
import { Registry } from 'prom-client';
import { callbackMetrics } from './callback-metrics.js';

describe('callbackMetrics', () => {
  it('counts each delivered callback and observes its delivery time, by tenant and provider', async () => {
    const registry = new Registry();
    const reported = callbackMetrics(registry);
    reported.delivered({ tenant: 'demo', provider: 'Desk' }, 0.02);
    reported.delivered({ tenant: 'demo', provider: 'Desk' }, 3);
    reported.retried({ tenant: 'demo', provider: 'Desk' });
    const text = await registry.metrics();
    expect(text).toContain('switchboard_callbacks_delivered_total{tenant="demo",provider="Desk"} 2');
    expect(text).toContain('switchboard_callback_delivery_duration_seconds_count{tenant="demo",provider="Desk"} 2');
    expect(text).toContain('switchboard_callback_delivery_duration_seconds_sum{tenant="demo",provider="Desk"} 3.02');
    expect(text).toContain(
      'switchboard_callback_delivery_duration_seconds_bucket{le="0.025",tenant="demo",provider="Desk"} 1',
    );
    expect(text).toContain('switchboard_callback_retries_total{tenant="demo",provider="Desk"} 1');
  });
});
