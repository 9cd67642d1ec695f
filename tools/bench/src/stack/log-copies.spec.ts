import { describe, expect, it } from '@jest/globals';
import { compileTemplate, copyOf, eventIds, layout } from './log-copies.js';

const block = [
  {
    id: 'a0000000-0000-4000-8000-000000000001',
    type: 'agent.state-changed',
    tenant: 't',
    occurredAt: '2026-01-01T10:00:00.000Z',
    data: { change: 'login', agent: { id: '900001', username: 'agent00001' } },
  },
  {
    id: 'a0000000-0000-4000-8000-000000000002',
    type: 'interaction.queued',
    tenant: 't',
    occurredAt: '2026-01-01T10:00:01.000Z',
    data: { interaction: { id: '100000001', externalId: 'x-1', queuedAt: '2026-01-01T10:00:01.000Z' } },
  },
  {
    id: 'a0000000-0000-4000-8000-000000000003',
    type: 'interaction.offered',
    tenant: 't',
    occurredAt: '2026-01-01T10:00:02.000Z',
    data: {
      interaction: { id: '100000001', queuedAt: '2026-01-01T10:00:01.000Z' },
      agentId: '900001',
      leaseUntil: '2026-01-01T11:00:02.000Z',
    },
  },
  {
    id: 'a0000000-0000-4000-8000-000000000004',
    type: 'interaction.queued',
    tenant: 't',
    occurredAt: '2026-01-01T10:00:03.000Z',
    data: { interaction: { id: '100000002', externalId: 'x-2', queuedAt: '2026-01-01T10:00:03.000Z' } },
  },
  {
    id: 'a0000000-0000-4000-8000-000000000005',
    type: 'interaction.completed',
    tenant: 't',
    occurredAt: '2026-01-01T10:00:05.000Z',
    data: { interaction: { id: '100000002', queuedAt: '2026-01-01T10:00:03.000Z' }, agentId: '900001' },
  },
].map((event) => JSON.stringify(event));

describe('copies of a block of stored events', () => {
  const template = compileTemplate(block);

  it('finds when the block happened (its events, not the leases they grant) and the interaction numbers of the block', () => {
    expect(template.firstMs).toBe(Date.parse('2026-01-01T10:00:00.000Z'));
    expect(template.lastMs).toBe(Date.parse('2026-01-01T10:00:05.000Z'));
    expect([template.lowestInteraction, template.highestInteraction]).toEqual([100000001, 100000002]);
  });

  it('gives each event of a copy a fresh id, moved times and renumbered interactions, and nothing else changes', () => {
    const ids = eventIds('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
    const [login, queued, offered] = copyOf(template, { shiftMs: 60_000, interactionOffset: 10, nextEventId: ids });
    expect(login?.id).toBe('bbbbbbbb-bbbb-4bbb-8bbb-000000000000');
    expect(JSON.parse(login?.text ?? '')).toEqual({
      ...(JSON.parse(block[0] ?? '') as object),
      id: login?.id,
      occurredAt: '2026-01-01T10:01:00.000Z',
    });
    expect(JSON.parse(queued?.text ?? '')).toEqual({
      id: 'bbbbbbbb-bbbb-4bbb-8bbb-000000000001',
      type: 'interaction.queued',
      tenant: 't',
      occurredAt: '2026-01-01T10:01:01.000Z',
      data: { interaction: { id: '100000011', externalId: 'x-1', queuedAt: '2026-01-01T10:01:01.000Z' } },
    });
    expect(JSON.parse(offered?.text ?? '')).toMatchObject({
      data: { agentId: '900001', leaseUntil: '2026-01-01T11:01:02.000Z' },
    });
    expect(offered?.type).toBe('interaction.offered');
    // same length as the original: the log's bytes per event are the real ones
    expect(queued?.text.length).toBe(block[1]?.length);
  });

  it('lays the copies end to end, the last ending before now, numbered apart and above what is used', () => {
    const now = Date.parse('2026-06-01T00:00:00.000Z');
    const at = layout(template, 3, now, 1_000, 100000500);
    const span = template.lastMs - template.firstMs + 1_000;
    expect(template.lastMs + at(2).shiftMs).toBe(now - 1_000);
    expect(template.firstMs + at(1).shiftMs).toBe(template.lastMs + at(0).shiftMs + 1_000);
    expect(at(1).shiftMs - at(0).shiftMs).toBe(span);
    expect(100000001 + at(0).interactionOffset).toBe(100000501);
    expect(100000001 + at(1).interactionOffset).toBe(100000503);
  });

  it('leaves out the events of an interaction queued before the block: no copy would create it', () => {
    const timedOut = JSON.stringify({
      id: 'a0000000-0000-4000-8000-000000000009',
      type: 'interaction.offer-timed-out',
      tenant: 't',
      occurredAt: '2026-01-01T10:00:06.000Z',
      data: { interaction: { id: '100000006', queuedAt: '2025-12-31T10:00:00.000Z' }, agentId: '900001' },
    });
    const withOrphan = compileTemplate([...block, timedOut]);
    expect(withOrphan.events.map((event) => event.type)).toEqual(template.events.map((event) => event.type));
    expect([withOrphan.lastMs, withOrphan.highestInteraction]).toEqual([template.lastMs, 100000002]);
  });

  it('refuses text that is not a domain event', () => {
    expect(() => compileTemplate(['{"type":"x"}'])).toThrow('not a domain event');
  });
});
