import { beforeEach, describe, expect, it } from '@jest/globals';
import type { DispatchInteractionCommand, DomainEvent } from '@switchboard/contracts';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import { TenantState } from '../domain/tenant-state.js';
import { DAY_MS, demoTenant, demoTenantConfig } from '../testing/demo-tenant.js';
import { runDecision } from '../testing/run-decision.js';
import { decideAgentInteraction } from './agent-interaction.js';
import { decideAgentStateChange } from './change-agent-state.js';
import { decideDispatch } from './dispatch-interaction.js';
import { decideRelease } from './release-interaction.js';
import { decideUserData } from './user-data.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const dispatch = (overrides: Partial<DispatchInteractionCommand> = {}): DispatchInteractionCommand => ({
  route: 'CrmCallRouting',
  properties: {},
  skills: [],
  ...overrides,
});

describe('interaction lifecycle (dispatch, routing, release, agent state)', () => {
  let state: TenantState;
  let catalog: TenantCatalog;
  let log: DomainEvent[];

  beforeEach(() => {
    ({ state, catalog } = demoTenant());
    log = [];
  });

  const ready = (agentId: string, now = T0): void => {
    runDecision(state, decideAgentStateChange(state, { agentId, change: 'login' }, now), now, log);
    runDecision(state, decideAgentStateChange(state, { agentId, change: 'ready' }, now), now, log);
  };

  it('queues a dispatch with the VCC defaults and no agent ready', () => {
    const { reply, events } = runDecision(
      state,
      decideDispatch(state, catalog, dispatch({ externalId: 'E1' }), T0),
      T0,
    );
    expect(reply).toEqual({ ok: true, interactionId: '100000001', duplicate: false });
    expect(events.map((e) => e.type)).toEqual(['interaction.queued']);
    const queued = events[0];
    expect(queued?.type === 'interaction.queued' && queued.data.interaction).toMatchObject({
      mediaType: 'API Object',
      interactionType: 'nonlive',
      externalId: 'E1',
      queuedAt: new Date(T0).toISOString(),
    });
  });

  it('offers a waiting interaction to the agent that becomes ready, keeping its age', () => {
    runDecision(state, decideDispatch(state, catalog, dispatch(), T0), T0, log);
    ready('5465', T0 + 5_000);
    const offered = log.find((e) => e.type === 'interaction.offered');
    expect(
      offered?.type === 'interaction.offered' && [offered.data.agentId, offered.data.interaction.queuedAt],
    ).toEqual(['5465', new Date(T0).toISOString()]);
  });

  it('offers to the agent idle longest that holds the mandatory skill', () => {
    ready('5465', T0);
    ready('5464', T0 + 1_000);
    const { events } = runDecision(
      state,
      decideDispatch(state, catalog, dispatch({ skills: [{ name: 'SKILLMANDATORY' }] }), T0 + 2_000),
      T0 + 2_000,
    );
    const offered = events.find((e) => e.type === 'interaction.offered');
    expect(offered?.type === 'interaction.offered' && offered.data.agentId).toBe('5464');
  });

  it('answers a repeated request id with the first outcome and acts only once', () => {
    runDecision(state, decideDispatch(state, catalog, dispatch({ requestId: 'r1', externalId: 'E1' }), T0), T0);
    const again = decideDispatch(state, catalog, dispatch({ requestId: 'r1', externalId: 'E2' }), T0 + 1);
    const first = {
      ok: true,
      interactionId: '100000001',
      duplicate: true,
      firstRequest: { action: 'dispatch', externalId: 'E1' },
    };
    expect(again).toEqual({ events: [], reply: first });
    // a release under the same request id is the same repeat: nothing released
    expect(decideRelease(state, { requestId: 'r1', externalId: 'E1' }, T0 + 2)).toEqual({ events: [], reply: first });
  });

  it('answers a request id a release used with that release, even on a dispatch', () => {
    runDecision(state, decideDispatch(state, catalog, dispatch({ requestId: 'd1', externalId: 'E1' }), T0), T0);
    runDecision(state, decideRelease(state, { requestId: 'rel1', externalId: 'E1' }, T0 + 1), T0 + 1);
    expect(decideDispatch(state, catalog, dispatch({ requestId: 'rel1', externalId: 'E3' }), T0 + 2)).toEqual({
      events: [],
      reply: {
        ok: true,
        interactionId: '100000001',
        duplicate: true,
        firstRequest: { action: 'release', externalId: 'E1' },
      },
    });
  });

  it('forgets a request id after the retention period', () => {
    runDecision(state, decideDispatch(state, catalog, dispatch({ requestId: 'r1' }), T0), T0);
    const later = decideDispatch(state, catalog, dispatch({ requestId: 'r1' }), T0 + DAY_MS);
    expect(later.reply).toEqual({ ok: true, interactionId: '100000002', duplicate: false });
  });

  it.each([
    ['an unknown route', dispatch({ route: 'Nowhere' }), 'route_not_found'],
    ['an unregistered provider', dispatch({ provider: 'Stranger' }), 'provider_not_registered'],
    ['an unknown skill', dispatch({ skills: [{ name: 'juggling' }] }), 'unknown_skill'],
    [
      'an unknown personal-queue agent',
      dispatch({ personalQueue: { agent: 'nobody', loggedInTimeoutSeconds: 1, loggedOutTimeoutSeconds: 1 } }),
      'unknown_agent',
    ],
  ])('refuses %s without an event', (_case, command, code) => {
    const decision = decideDispatch(state, catalog, command, T0);
    expect(decision.events).toEqual([]);
    expect(decision.reply).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a second active interaction with the same externalid, and allows it after release', () => {
    runDecision(state, decideDispatch(state, catalog, dispatch({ externalId: 'E1' }), T0), T0);
    expect(decideDispatch(state, catalog, dispatch({ externalId: 'E1' }), T0).reply).toMatchObject({
      error: { code: 'external_id_in_use' },
    });
    runDecision(state, decideRelease(state, { externalId: 'E1' }, T0), T0);
    expect(decideDispatch(state, catalog, dispatch({ externalId: 'E1' }), T0).reply).toMatchObject({ ok: true });
  });

  it('ends a plan that releases at once: the interaction is accepted and gone', () => {
    const { reply, events } = runDecision(
      state,
      decideDispatch(state, catalog, dispatch({ route: 'SendSMS' }), T0),
      T0,
    );
    expect(reply).toMatchObject({ ok: true });
    expect(events.map((e) => e.type)).toEqual(['interaction.queued', 'interaction.released']);
    expect(state.interactions.size).toBe(0);
  });

  it('requires the dispatching provider on release, and names the offered agent in the event', () => {
    ready('5465');
    runDecision(
      state,
      decideDispatch(state, catalog, dispatch({ externalId: 'E1', provider: 'CrmIntegration' }), T0),
      T0,
    );
    expect(decideRelease(state, { externalId: 'E1' }, T0).reply).toMatchObject({
      error: { code: 'provider_required' },
    });
    expect(decideRelease(state, { externalId: 'E1', provider: 'Other' }, T0).reply).toMatchObject({
      error: { code: 'provider_mismatch' },
    });
    const { events } = runDecision(
      state,
      decideRelease(state, { externalId: 'E1', provider: 'CrmIntegration' }, T0),
      T0,
    );
    expect(events[0]?.type === 'interaction.released' && events[0].data.agentId).toBe('5465');
    expect(state.engine.agent('5465')?.interactions).toEqual([]);
  });

  it('answers an unknown externalid on release with interaction_not_found', () => {
    expect(decideRelease(state, { externalId: 'ghost' }, T0).reply).toMatchObject({
      error: { code: 'interaction_not_found' },
    });
  });

  it('refuses Ready before the session starts, and takes back offers when the agent logs out', () => {
    expect(decideAgentStateChange(state, { agentId: '5465', change: 'ready' }, T0).reply).toMatchObject({
      error: { code: 'invalid_state' },
    });
    ready('5465');
    runDecision(state, decideDispatch(state, catalog, dispatch(), T0), T0);
    const { events } = runDecision(state, decideAgentStateChange(state, { agentId: '5465', change: 'logout' }, T0), T0);
    expect(events.map((e) => e.type)).toEqual(['interaction.offer-revoked', 'agent.state-changed']);
    expect(state.engine.interaction('100000001', T0)?.status).toBe('waiting');
    expect(state.engine.waitingCount()).toBe(1);
  });

  it('rebuilds exactly the same state by replaying its events', () => {
    ready('5464');
    runDecision(state, decideDispatch(state, catalog, dispatch({ requestId: 'a', externalId: 'E1' }), T0), T0, log);
    runDecision(
      state,
      decideDispatch(state, catalog, dispatch({ requestId: 'b', externalId: 'E2' }), T0 + 1),
      T0 + 1,
      log,
    );
    runDecision(state, decideRelease(state, { externalId: 'E1', requestId: 'c' }, T0 + 2), T0 + 2, log);
    const replayed = new TenantState(demoTenantConfig, DAY_MS);
    for (const event of log) replayed.apply(event);
    expect(replayed.interactions).toEqual(state.interactions);
    for (const agentId of ['5464', '5465']) expect(replayed.engine.agent(agentId)).toEqual(state.engine.agent(agentId));
    for (const id of state.interactions.keys())
      expect(replayed.engine.interaction(id, T0 + 3)).toEqual(state.engine.interaction(id, T0 + 3));
    expect(replayed.nextInteractionId()).toBe(state.nextInteractionId());
    expect(replayed.requests.firstOutcome('c', T0 + 3)).toEqual(state.requests.firstOutcome('c', T0 + 3));
    expect(replayed.requests.firstOutcome('c', T0 + 3)).toMatchObject({
      action: 'release',
      interactionId: '100000001',
      externalId: 'E1',
    });
  });

  it('replays a log naming an agent removed from the configuration since: its interaction waits for another', () => {
    ready('5465');
    runDecision(state, decideDispatch(state, catalog, dispatch({ externalId: 'GONE' }), T0), T0, log);
    runDecision(
      state,
      decideAgentInteraction(state, { interactionId: '100000001', agentId: '5465' }, 'accept', T0),
      T0,
      log,
    );
    const withoutAlice = { ...demoTenantConfig, agents: demoTenantConfig.agents.filter((a) => a.id !== '5465') };
    const replayed = new TenantState(withoutAlice, DAY_MS);
    for (const event of log) replayed.apply(event);
    expect(replayed.engine.interaction('100000001', T0)?.status).toBe('waiting');
    expect(replayed.interactionByExternalId('GONE')?.snapshot.id).toBe('100000001');
  });

  it('keeps a request id for its retention from the first processing, however often the interaction changes', () => {
    ready('5464');
    runDecision(state, decideDispatch(state, catalog, dispatch({ requestId: 'once', externalId: 'E9' }), T0), T0, log);
    runDecision(
      state,
      decideAgentInteraction(state, { interactionId: '100000001', agentId: '5464' }, 'accept', T0),
      T0,
      log,
    );
    const later = T0 + DAY_MS - 1;
    runDecision(
      state,
      decideUserData(
        state,
        { interactionId: '100000001', agentId: '5464', operation: 'attach', userData: { n: 1 } },
        later,
      ),
      later,
    );
    expect(state.requests.firstOutcome('once', later)).toMatchObject({
      action: 'dispatch',
      interactionId: '100000001',
      at: T0,
    });
    expect(state.requests.firstOutcome('once', T0 + DAY_MS)).toBeUndefined();
  });
});
