import { describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@switchboard/contracts';
import { useInteractionsService } from './testing/use-interactions-service.js';

describe('the interactions service over a real NATS', () => {
  const suite = useInteractionsService();
  const loggedEvents = (): Promise<DomainEvent[]> => suite.log();

  it('has the dispatch in the event log by the time it answers', async () => {
    const reply = await suite.bus.request('interactionDispatch', 'demo', {
      route: 'CrmCallRouting',
      requestId: 'req-1',
      externalId: 'EXT-1',
      properties: {},
      skills: [],
    });
    expect(reply).toEqual({ ok: true, interactionId: '100000001', duplicate: false });
    const queued = (await loggedEvents()).find((e) => e.type === 'interaction.queued');
    expect(queued?.type === 'interaction.queued' && queued.data.interaction.externalId).toBe('EXT-1');
  });

  it('answers a payload that breaks the bus contract with invalid_command, not silence', async () => {
    const raw = await suite.connection.request('sb.v1.cmd.demo.interaction.dispatch', '{"route": 7}', {
      timeout: 2_000,
    });
    expect(raw.json()).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
  });

  it('takes nothing for a tenant it does not hold: the caller hears at once that no one answers', async () => {
    const request = suite.bus.request('interactionDispatch', 'nobody', {
      route: 'CrmCallRouting',
      properties: {},
      skills: [],
    });
    await expect(request).rejects.toMatchObject({ name: 'BusUnavailableError', reason: 'no-responders' });
  });

  it('restores its state from the log after a restart, and then routes what waited', async () => {
    await suite.restart();
    const again = await suite.bus.request('interactionDispatch', 'demo', {
      route: 'CrmCallRouting',
      requestId: 'req-1',
      properties: {},
      skills: [],
    });
    expect(again).toEqual({
      ok: true,
      interactionId: '100000001',
      duplicate: true,
      firstRequest: { action: 'dispatch', externalId: 'EXT-1' },
    });

    await suite.bus.request('agentChangeState', 'demo', { agentId: '5465', change: 'login' });
    const ready = await suite.bus.request('agentChangeState', 'demo', { agentId: '5465', change: 'ready' });
    expect(ready).toMatchObject({ ok: true, agent: { ready: true } });
    const offered = (await loggedEvents()).find((e) => e.type === 'interaction.offered');
    expect(offered?.type === 'interaction.offered' && [offered.data.interaction.id, offered.data.agentId]).toEqual([
      '100000001',
      '5465',
    ]);
  });
});
