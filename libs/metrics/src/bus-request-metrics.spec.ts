import { describe, expect, it } from '@jest/globals';
import { Registry } from 'prom-client';
import { busRequestMetrics } from './bus-request-metrics.js';

describe('busRequestMetrics', () => {
  it('records each request in switchboard_bus_request_duration_seconds by channel and outcome', async () => {
    const registry = new Registry();
    const observe = busRequestMetrics(registry);
    observe('agentGet', 'ok', 0.002);
    observe('agentGet', 'ok', 0.004);
    observe('interactionDispatch', 'unavailable', 5);
    const text = await registry.metrics();
    expect(text).toContain('switchboard_bus_request_duration_seconds_count{channel="agentGet",outcome="ok"} 2');
    expect(text).toContain('switchboard_bus_request_duration_seconds_sum{channel="agentGet",outcome="ok"} 0.006');
    expect(text).toContain(
      'switchboard_bus_request_duration_seconds_count{channel="interactionDispatch",outcome="unavailable"} 1',
    );
  });
});
