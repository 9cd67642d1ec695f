import { describe, expect, it } from '@jest/globals';
import { Registry } from 'prom-client';
import type { DomainEvent } from '@switchboard/contracts';
import { timedAppends } from './append-metrics.js';

const events = (count: number): DomainEvent[] => Array.from({ length: count }, () => ({}) as DomainEvent);

describe('timedAppends', () => {
  it('hands the appends and their outcomes through untouched, and measures each with its number of events', async () => {
    const registry = new Registry();
    const outcomes: (Error | number)[][] = [
      [7, 8, 9],
      [10, new Error('no ack')],
    ];
    const publish = timedAppends((batch, holding) => {
      expect(holding).toBe(3);
      const next = outcomes.shift() ?? [];
      expect(batch).toHaveLength(next.length);
      return Promise.resolve(next);
    }, registry);
    expect(await publish(events(3), 3)).toEqual([7, 8, 9]);
    expect(await publish(events(2), 3)).toEqual([10, new Error('no ack')]);
    const text = await registry.metrics();
    expect(text).toContain('switchboard_jetstream_append_duration_seconds_count{outcome="ok"} 1');
    expect(text).toContain('switchboard_jetstream_append_duration_seconds_count{outcome="failed"} 1');
    expect(text).toContain('switchboard_jetstream_append_events_sum 5');
    expect(text).toContain('switchboard_jetstream_append_events_count 2');
  });

  it('measures an append that threw as failed, and throws the same', async () => {
    const registry = new Registry();
    const publish = timedAppends(() => Promise.reject(new Error('fenced')), registry);
    await expect(publish(events(1), 1)).rejects.toThrow('fenced');
    expect(await registry.metrics()).toContain(
      'switchboard_jetstream_append_duration_seconds_count{outcome="failed"} 1',
    );
  });
});
