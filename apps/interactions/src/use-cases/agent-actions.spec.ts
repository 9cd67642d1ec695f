import { beforeEach, describe, expect, it } from '@jest/globals';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import { demoTenant } from '../testing/demo-tenant.js';
import { runDecision } from '../testing/run-decision.js';
import { decideAgentRelease, decideHold, decideTransferToAgent, decideTransferToRoute } from './agent-actions.js';
import { decideAgentInteraction } from './agent-interaction.js';
import { decideAgentStateChange } from './change-agent-state.js';
import { decideDispatch } from './dispatch-interaction.js';
import { decideRegisterProvider } from './providers.js';
import { decideUserData } from './user-data.js';
import { decideWorkbin } from './workbins.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const none = { release: false, hold: false, transferToAgent: false, transferToRoute: false };
const all = { release: true, hold: true, transferToAgent: true, transferToRoute: true };

describe('permitted agent actions are enforced in the domain', () => {
  let state: TenantState;
  let catalog: TenantCatalog;

  const ready = (agentId: string): void => {
    runDecision(state, decideAgentStateChange(state, { agentId, change: 'login' }, T0), T0);
    runDecision(state, decideAgentStateChange(state, { agentId, change: 'ready' }, T0), T0);
  };

  /** Dispatches for a provider with the given permissions; 5464 accepts it. */
  const handledBy5464 = (permitted: typeof none): string => {
    runDecision(
      state,
      decideRegisterProvider(state, { name: 'Strict', headers: {}, agentActionsPermitted: permitted }, T0),
      T0,
    );
    const { reply } = runDecision(
      state,
      decideDispatch(
        state,
        catalog,
        { route: 'CrmCallRouting', provider: 'Strict', externalId: 'E', properties: {}, skills: [] },
        T0,
      ),
      T0,
    );
    if (!reply.ok) throw new Error(reply.error.message);
    runDecision(
      state,
      decideAgentInteraction(state, { interactionId: reply.interactionId, agentId: '5464' }, 'accept', T0),
      T0,
    );
    return reply.interactionId;
  };

  beforeEach(() => {
    ({ state, catalog } = demoTenant());
    ready('5464');
  });

  it('refuses release, hold, retrieve, parking in a workbin, transfer to agent and transfer to route when the provider permits none', () => {
    const id = handledBy5464(none);
    ready('5465');
    const command = { interactionId: id, agentId: '5464' };
    const decisions = [
      decideAgentRelease(state, command, T0),
      decideHold(state, command, true, T0),
      decideHold(state, command, false, T0),
      decideWorkbin(state, { ...command, operation: 'place', workbin: 'FollowUp' }, T0),
      decideTransferToAgent(state, { ...command, targetAgentId: '5465' }, T0),
      decideTransferToRoute(state, catalog, { ...command, route: 'CrmCallRouting' }, T0),
    ];
    for (const decision of decisions) {
      expect(decision.events).toEqual([]);
      expect(decision.reply).toMatchObject({
        ok: false,
        error: { code: 'action_not_permitted', message: expect.stringContaining('Strict') },
      });
    }
  });

  it('lets the agent hold and retrieve, transfer to another agent and release when permitted', () => {
    const id = handledBy5464(all);
    const command = { interactionId: id, agentId: '5464' };
    expect(runDecision(state, decideHold(state, command, true, T0), T0).reply).toMatchObject({ ok: true });
    expect(state.isHeld(id)).toBe(true);
    expect(decideHold(state, command, true, T0).reply).toMatchObject({ error: { code: 'invalid_state' } });
    runDecision(state, decideHold(state, command, false, T0), T0);
    expect(state.isHeld(id)).toBe(false);

    expect(decideTransferToAgent(state, { ...command, targetAgentId: '5465' }, T0).reply).toMatchObject({
      error: { code: 'target_unavailable' },
    });
    ready('5465');
    runDecision(state, decideTransferToAgent(state, { ...command, targetAgentId: '5465' }, T0), T0);
    expect(state.engine.interaction(id, T0)).toMatchObject({ status: 'offered', agentId: '5465' });
    expect(state.engine.agent('5464')?.interactions).toEqual([]);

    runDecision(state, decideAgentInteraction(state, { interactionId: id, agentId: '5465' }, 'accept', T0), T0);
    const { events } = runDecision(state, decideAgentRelease(state, { interactionId: id, agentId: '5465' }, T0), T0);
    expect(events[0]).toMatchObject({
      type: 'interaction.released',
      data: { reason: 'released-by-agent', agentId: '5465' },
    });
    expect(state.interactions.has(id)).toBe(false);
  });

  it('sends the interaction through another named route when permitted', () => {
    const id = handledBy5464(all);
    const { events } = runDecision(
      state,
      decideTransferToRoute(state, catalog, { interactionId: id, agentId: '5464', route: 'SendSMS' }, T0),
      T0,
    );
    expect(events.map((e) => e.type)).toEqual([
      'interaction.route-transferred',
      'interaction.queued',
      'interaction.released',
    ]);
    expect(
      decideTransferToRoute(state, catalog, { interactionId: id, agentId: '5464', route: 'Nowhere' }, T0).reply,
    ).toMatchObject({ ok: false });
  });

  it('attaches, updates and deletes user data on an interaction the agent handles, nested values kept', () => {
    const id = handledBy5464(none);
    const change = (operation: 'attach' | 'update' | 'delete', userData: Record<string, unknown>) =>
      runDecision(state, decideUserData(state, { interactionId: id, agentId: '5464', operation, userData }, T0), T0)
        .reply;
    expect(change('attach', { Case: { Id: 42 }, Note: 'a' })).toMatchObject({ ok: true });
    expect(change('update', { Note: 'b' })).toMatchObject({ ok: true });
    expect(state.interactions.get(id)?.snapshot.userData).toEqual({ Case: { Id: 42 }, Note: 'b' });
    expect(change('delete', { Case: null })).toMatchObject({ ok: true });
    expect(state.interactions.get(id)?.snapshot.userData).toEqual({ Note: 'b' });
    expect(
      decideUserData(state, { interactionId: id, agentId: '5465', operation: 'attach', userData: {} }, T0).reply,
    ).toMatchObject({
      error: { code: 'not_offered_to_agent' },
    });
  });

  it('refuses an action on an interaction the agent does not handle', () => {
    const id = handledBy5464(all);
    expect(decideAgentRelease(state, { interactionId: id, agentId: '5465' }, T0).reply).toMatchObject({
      error: { code: 'not_offered_to_agent' },
    });
  });
});
