import { beforeEach, describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@switchboard/contracts';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import { TenantState } from '../domain/tenant-state.js';
import { DAY_MS, demoTenant, demoTenantConfig } from '../testing/demo-tenant.js';
import { runDecision } from '../testing/run-decision.js';
import { decideAgentInteraction } from './agent-interaction.js';
import { decideAgentStateChange } from './change-agent-state.js';
import { decideDispatch } from './dispatch-interaction.js';
import { listInteractions } from './list-interactions.js';
import { decideRelease } from './release-interaction.js';
import { agentWorkbins, decideWorkbin } from './workbins.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');

describe('workbins and cancel', () => {
  let state: TenantState;
  let catalog: TenantCatalog;
  let log: DomainEvent[];

  const ready = (agentId: string): void => {
    runDecision(state, decideAgentStateChange(state, { agentId, change: 'login' }, T0), T0, log);
    runDecision(state, decideAgentStateChange(state, { agentId, change: 'ready' }, T0), T0, log);
  };
  /** Dispatches a CRM interaction of the type given and has 5464 accept it. */
  const handledBy5464 = (externalId: string, interactionType: 'nonlive' | 'live' = 'nonlive'): string => {
    const command = { route: 'CrmCallRouting', externalId, interactionType, properties: {}, skills: [] };
    const { reply } = runDecision(state, decideDispatch(state, catalog, command, T0), T0, log);
    if (!reply.ok) throw new Error(reply.error.message);
    runDecision(
      state,
      decideAgentInteraction(state, { interactionId: reply.interactionId, agentId: '5464' }, 'accept', T0),
      T0,
      log,
    );
    return reply.interactionId;
  };

  beforeEach(() => {
    ({ state, catalog } = demoTenant());
    log = [];
    ready('5464');
  });

  it('parks an interaction in the agent’s own workbin, frees the agent, and gives it back, data kept, on a pull', () => {
    const id = handledBy5464('E1');
    const placed = runDecision(
      state,
      decideWorkbin(
        state,
        { agentId: '5464', operation: 'place', workbin: 'followup', interactionId: id, referenceId: 4 },
        T0,
      ),
      T0,
      log,
    );
    expect(placed.reply).toEqual({ ok: true, interactionId: id });
    expect(placed.events[0]).toMatchObject({
      type: 'interaction.placed-in-workbin',
      data: { workbin: { name: 'FollowUp', ownerAgentId: '5464' }, referenceId: 4 },
    });
    expect(state.engine.agent('5464')?.load).toBe(0);
    expect(state.engine.interaction(id, T0)).toBeUndefined(); // out of routing: nobody is offered it
    expect(agentWorkbins(state, '5464')).toMatchObject({
      ok: true,
      workbins: [
        { name: 'FollowUp', interactions: [{ id }] },
        { name: 'CrmBacklog', interactions: [] },
      ],
    });
    expect(agentWorkbins(state, '5465')).toMatchObject({
      ok: true,
      workbins: [
        { name: 'FollowUp', interactions: [] },
        { name: 'CrmBacklog', interactions: [] },
      ],
    });
    expect(listInteractions(state, T0)).toMatchObject({
      ok: true,
      interactions: [{ status: 'in-workbin', workbin: { name: 'FollowUp' } }],
    });

    // alice cannot pull from AgentUsername's own workbin: hers is another one
    ready('5465');
    expect(
      decideWorkbin(state, { agentId: '5465', operation: 'pull', workbin: 'FollowUp', interactionId: id }, T0).reply,
    ).toMatchObject({
      ok: false,
      error: { code: 'interaction_not_found' },
    });
    const pulled = runDecision(
      state,
      decideWorkbin(state, { agentId: '5464', operation: 'pull', workbin: 'FollowUp', interactionId: id }, T0 + 1),
      T0 + 1,
      log,
    );
    expect(pulled.reply).toEqual({ ok: true, interactionId: id });
    expect(state.engine.interaction(id, T0 + 1)).toMatchObject({ status: 'connected', agentId: '5464' });
    expect(state.interactions.get(id)?.snapshot.externalId).toBe('E1');
    expect(agentWorkbins(state, '5464')).toMatchObject({ workbins: [{ interactions: [] }, { interactions: [] }] });
  });

  it('shares a queue workbin: one agent parks, another pulls; subscribers are named in the events', () => {
    ready('5465');
    runDecision(
      state,
      decideWorkbin(state, { agentId: '5465', operation: 'subscribe', workbin: 'CrmBacklog' }, T0),
      T0,
      log,
    );
    const id = handledBy5464('E2');
    const placed = runDecision(
      state,
      decideWorkbin(state, { agentId: '5464', operation: 'place', workbin: 'CrmBacklog', interactionId: id }, T0),
      T0,
      log,
    );
    expect(placed.events[0]).toMatchObject({ data: { workbin: { name: 'CrmBacklog' }, subscribers: ['5465'] } });
    const listed = runDecision(
      state,
      decideWorkbin(state, { agentId: '5465', operation: 'list', workbin: 'CrmBacklog', referenceId: 8 }, T0),
      T0,
      log,
    );
    expect(listed.events[0]).toMatchObject({
      type: 'agent.workbin-listed',
      data: { agentId: '5465', interactions: [{ id }], referenceId: 8 },
    });
    const pulled = runDecision(
      state,
      decideWorkbin(state, { agentId: '5465', operation: 'pull', workbin: 'CrmBacklog', interactionId: id }, T0),
      T0,
      log,
    );
    expect(pulled.events[0]).toMatchObject({
      type: 'interaction.pulled-from-workbin',
      data: { agentId: '5465', subscribers: ['5465'] },
    });
    expect(state.engine.interaction(id, T0)).toMatchObject({ status: 'connected', agentId: '5465' });
  });

  it('names the workbin and its subscribers on the release of an interaction parked in it, and leaves the workbin empty', () => {
    ready('5465');
    runDecision(
      state,
      decideWorkbin(state, { agentId: '5465', operation: 'subscribe', workbin: 'CrmBacklog' }, T0),
      T0,
      log,
    );
    const id = handledBy5464('E5');
    runDecision(
      state,
      decideWorkbin(state, { agentId: '5464', operation: 'place', workbin: 'CrmBacklog', interactionId: id }, T0),
      T0,
      log,
    );
    const released = runDecision(state, decideRelease(state, { externalId: 'E5' }, T0 + 1), T0 + 1, log);
    expect(released.events[0]).toMatchObject({
      type: 'interaction.released',
      data: { workbin: { name: 'CrmBacklog' }, subscribers: ['5465'] },
    });
    expect(agentWorkbins(state, '5465')).toMatchObject({ workbins: [{ interactions: [] }, { interactions: [] }] });
    // released from anywhere else, no workbin is named
    const waiting = handledBy5464('E6');
    const direct = runDecision(state, decideRelease(state, { externalId: 'E6' }, T0 + 2), T0 + 2, log);
    expect(direct.events[0]?.type === 'interaction.released' && direct.events[0].data).not.toHaveProperty('workbin');
    expect(state.interactions.has(waiting)).toBe(false);
  });

  it('refuses: an unknown workbin, live work, an interaction the agent does not handle, a pull without room', () => {
    const call = handledBy5464('CALL', 'live');
    expect(decideWorkbin(state, { agentId: '5464', operation: 'list', workbin: 'Nope' }, T0).reply).toMatchObject({
      error: { code: 'workbin_not_found' },
    });
    expect(
      decideWorkbin(state, { agentId: '5464', operation: 'place', workbin: 'FollowUp', interactionId: call }, T0).reply,
    ).toMatchObject({
      error: { code: 'invalid_state' },
    });
    expect(
      decideWorkbin(state, { agentId: '5465', operation: 'place', workbin: 'FollowUp', interactionId: call }, T0).reply,
    ).toMatchObject({
      error: { code: 'not_offered_to_agent' },
    });
    runDecision(
      state,
      decideAgentInteraction(state, { interactionId: call, agentId: '5464' }, 'complete', T0),
      T0,
      log,
    );
    const mail = handledBy5464('MAIL');
    runDecision(
      state,
      decideWorkbin(state, { agentId: '5464', operation: 'place', workbin: 'FollowUp', interactionId: mail }, T0),
      T0,
      log,
    );
    handledBy5464('BUSY'); // capacity 100 per nonlive in this tenant: 5464 is full again
    expect(
      decideWorkbin(state, { agentId: '5464', operation: 'pull', workbin: 'FollowUp', interactionId: mail }, T0).reply,
    ).toMatchObject({
      error: { code: 'invalid_state' },
    });
  });

  it('cancels accepted work: back in line with its age, the agent still ready and free; an offer cannot be cancelled', () => {
    const id = handledBy5464('E3');
    const queuedAt = state.interactions.get(id)?.snapshot.queuedAt;
    expect(decideAgentInteraction(state, { interactionId: id, agentId: '5465' }, 'cancel', T0).reply).toMatchObject({
      error: { code: 'not_offered_to_agent' },
    });
    const cancelled = runDecision(
      state,
      decideAgentInteraction(state, { interactionId: id, agentId: '5464', referenceId: 5 }, 'cancel', T0 + 1),
      T0 + 1,
      log,
    );
    expect(cancelled.events.map((e) => e.type)).toEqual(['interaction.cancelled', 'interaction.offered']);
    expect(state.engine.agent('5464')).toMatchObject({ status: 'ready' });
    expect(state.interactions.get(id)?.snapshot.queuedAt).toBe(queuedAt);
    expect(decideAgentInteraction(state, { interactionId: id, agentId: '5464' }, 'cancel', T0 + 1).reply).toMatchObject(
      { error: { code: 'invalid_state' } },
    );
  });

  it('rebuilds workbins and subscriptions from the event log after a restart', () => {
    ready('5465');
    runDecision(
      state,
      decideWorkbin(state, { agentId: '5465', operation: 'subscribe', workbin: 'CrmBacklog' }, T0),
      T0,
      log,
    );
    const id = handledBy5464('E4');
    runDecision(
      state,
      decideWorkbin(state, { agentId: '5464', operation: 'place', workbin: 'CrmBacklog', interactionId: id }, T0),
      T0,
      log,
    );
    const restored = new TenantState(demoTenantConfig, DAY_MS);
    for (const event of log) restored.apply(event);
    expect(agentWorkbins(restored, '5464')).toEqual(agentWorkbins(state, '5464'));
    expect(restored.workbinSubscribersOf({ name: 'CrmBacklog' })).toEqual(['5465']);
    expect(restored.engine.agent('5464')?.load).toBe(0);
  });
});
