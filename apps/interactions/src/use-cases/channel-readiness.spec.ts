import { beforeEach, describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@switchboard/contracts';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import { TenantState } from '../domain/tenant-state.js';
import { DAY_MS, demoTenant, demoTenantConfig } from '../testing/demo-tenant.js';
import { runDecision } from '../testing/run-decision.js';
import { decideAgentStateChange } from './change-agent-state.js';
import { decideDispatch } from './dispatch-interaction.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');

describe('per-channel readiness', () => {
  let state: TenantState;
  let catalog: TenantCatalog;
  let log: DomainEvent[];

  const change = (command: Parameters<typeof decideAgentStateChange>[1]) =>
    runDecision(state, decideAgentStateChange(state, command, T0), T0, log);
  const dispatch = (externalId: string, interactionType: 'nonlive' | 'chat' | 'live') => {
    const { reply, events } = runDecision(
      state,
      decideDispatch(
        state,
        catalog,
        { route: 'CrmCallRouting', externalId, interactionType, properties: {}, skills: [] },
        T0,
      ),
      T0,
      log,
    );
    if (!reply.ok) throw new Error(reply.error.message);
    return events.filter((e) => e.type === 'interaction.offered').map((e) => e.data.interaction.externalId);
  };

  beforeEach(() => {
    ({ state, catalog } = demoTenant());
    log = [];
    change({ agentId: '5464', change: 'login' });
  });

  it('leaves an agent that signs in again as it is: ready, with its closed channels', () => {
    change({ agentId: '5464', change: 'ready', channel: 'chat' });
    const again = change({ agentId: '5464', change: 'login' });
    expect(again.events).toEqual([]);
    expect(again.reply).toMatchObject({
      ok: true,
      agent: { loggedIn: true, ready: true, notReadyChannels: ['live', 'nonlive'] },
    });
  });

  it('makes an agent that is not ready ready on one channel alone, and offers it only that type', () => {
    const { reply } = change({ agentId: '5464', change: 'ready', channel: 'chat' });
    expect(reply).toMatchObject({ ok: true, agent: { ready: true, notReadyChannels: ['live', 'nonlive'] } });
    expect(dispatch('MAIL', 'nonlive')).toEqual([]);
    expect(dispatch('CHAT', 'chat')).toEqual(['CHAT']);
    expect(
      change({ agentId: '5464', change: 'ready', channel: 'nonlive' }).events.filter(
        (e) => e.type === 'interaction.offered',
      ),
    ).toHaveLength(0);
    // the demo capacity is 100 per type here: the chat fills the agent; the mail waits for room, not for readiness
    expect(state.agentView('5464')).toMatchObject({ ready: true, notReadyChannels: ['live'] });
  });

  it('closes one channel of a ready agent; closing the last open one makes it not ready; Ready opens them all', () => {
    change({ agentId: '5464', change: 'ready' });
    change({ agentId: '5464', change: 'not-ready', channel: 'nonlive' });
    expect(dispatch('MAIL', 'nonlive')).toEqual([]);
    change({ agentId: '5464', change: 'not-ready', channel: 'chat' });
    const last = change({ agentId: '5464', change: 'not-ready', channel: 'live', reason: 'Lunch' });
    expect(last.reply).toMatchObject({ agent: { ready: false, notReadyReason: 'Lunch' } });
    expect(state.agentView('5464')).not.toHaveProperty('notReadyChannels');
    const ready = change({ agentId: '5464', change: 'ready' });
    expect(ready.events.map((e) => e.type)).toEqual(['agent.state-changed', 'interaction.offered']); // the waiting mail
    expect(state.agentView('5464')).toEqual({ id: '5464', username: 'AgentUsername', loggedIn: true, ready: true });
  });

  it('refuses a channel change outside a session, and rebuilds the channels from the event log', () => {
    expect(change({ agentId: '5465', change: 'ready', channel: 'chat' }).reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    change({ agentId: '5464', change: 'ready', channel: 'live' });
    const restored = new TenantState(demoTenantConfig, DAY_MS);
    for (const event of log) restored.apply(event);
    expect(restored.agentView('5464')).toEqual(state.agentView('5464'));
    expect(restored.agentView('5464')?.notReadyChannels).toEqual(['chat', 'nonlive']);
  });
});
