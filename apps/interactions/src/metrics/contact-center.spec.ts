import { beforeEach, describe, expect, it } from '@jest/globals';
import type { DispatchInteractionCommand, DomainEvent } from '@switchboard/contracts';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import { demoTenant } from '../testing/demo-tenant.js';
import { runDecision } from '../testing/run-decision.js';
import { decideAgentInteraction } from '../use-cases/agent-interaction.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { contactCenterCountOf } from './contact-center-counts.js';
import { agentsByState, waitingByRoute } from './contact-center-gauges.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const ALICE = '5465';
const OTHER = '5464';
const dispatch = (route = 'CrmCallRouting'): DispatchInteractionCommand => ({ route, properties: {}, skills: [] });

describe('contact-center metrics, from the domain events and the state they fold into', () => {
  let state: TenantState;
  let catalog: TenantCatalog;
  let log: DomainEvent[];

  beforeEach(() => {
    ({ state, catalog } = demoTenant());
    log = [];
  });

  const run = (decide: (now: number) => Parameters<typeof runDecision>[1], now: number): void => {
    runDecision(state, decide(now), now, log);
  };
  const agentChange = (agentId: string, change: 'login' | 'ready' | 'not-ready' | 'logout', now: number): void => {
    run((at) => decideAgentStateChange(state, { agentId, change }, at), now);
  };
  const counted = (): string[] =>
    log.flatMap((event) => {
      const count = contactCenterCountOf(event);
      return count ? [`${count.counter} ${count.tenant}/${count.route}`] : [];
    });

  it('counts a dispatch, its offers, a reject, a timeout and the accept, by tenant and route', () => {
    run((now) => decideDispatch(state, catalog, dispatch(), now), T0);
    agentChange(ALICE, 'login', T0 + 1_000);
    agentChange(ALICE, 'ready', T0 + 1_000); // offered to alice
    run(
      (now) => decideAgentInteraction(state, { interactionId: '100000001', agentId: ALICE }, 'reject', now),
      T0 + 2_000,
    );
    agentChange(OTHER, 'login', T0 + 3_000);
    agentChange(OTHER, 'ready', T0 + 3_000); // offered to the other agent, who lets it time out
    run(() => ({ events: [], reply: undefined }), T0 + 60_000);
    agentChange(ALICE, 'ready', T0 + 61_000); // offered to alice again
    run(
      (now) => decideAgentInteraction(state, { interactionId: '100000001', agentId: ALICE }, 'accept', now),
      T0 + 62_000,
    );
    expect(counted()).toEqual([
      'queued demo/CrmCallRouting',
      'offers demo/CrmCallRouting',
      'rejects demo/CrmCallRouting',
      'offers demo/CrmCallRouting',
      'timeouts demo/CrmCallRouting',
      'offers demo/CrmCallRouting',
      'accepts demo/CrmCallRouting',
    ]);
  });

  it('counts an interaction its plan releases at once as queued (it is on record in the route), and agents’ changes not at all', () => {
    agentChange(ALICE, 'login', T0);
    agentChange(ALICE, 'not-ready', T0);
    run((now) => decideDispatch(state, catalog, dispatch('SendSMS'), now), T0);
    expect(log.map((event) => event.type)).toEqual([
      'agent.state-changed',
      'agent.state-changed',
      'interaction.queued',
      'interaction.released',
    ]);
    expect(counted()).toEqual(['queued demo/SendSMS']);
  });

  it('has an interaction waiting from its dispatch until an agent accepts it, offered or not, with the oldest one’s queue time', () => {
    run((now) => decideDispatch(state, catalog, dispatch(), now), T0);
    run((now) => decideDispatch(state, catalog, dispatch(), now), T0 + 10_000);
    run((now) => decideDispatch(state, catalog, dispatch('SendSMS'), now), T0 + 10_000);
    expect(waitingByRoute({ state })).toEqual(new Map([['CrmCallRouting', { waiting: 2, oldestQueuedAt: T0 }]]));
    agentChange(ALICE, 'login', T0 + 20_000);
    agentChange(ALICE, 'ready', T0 + 20_000); // the oldest is offered to alice: still waiting
    expect(waitingByRoute({ state }).get('CrmCallRouting')).toEqual({ waiting: 2, oldestQueuedAt: T0 });
    run(
      (now) => decideAgentInteraction(state, { interactionId: '100000001', agentId: ALICE }, 'accept', now),
      T0 + 21_000,
    );
    expect(waitingByRoute({ state }).get('CrmCallRouting')).toEqual({
      waiting: 1,
      oldestQueuedAt: T0 + 10_000,
    });
  });

  it('counts every configured agent in exactly one state', () => {
    expect(agentsByState({ state, catalog })).toEqual({ 'logged-out': 2, ready: 0, 'not-ready': 0, 'wrap-up': 0 });
    agentChange(ALICE, 'login', T0);
    agentChange(ALICE, 'ready', T0);
    agentChange(OTHER, 'login', T0);
    agentChange(OTHER, 'not-ready', T0);
    expect(agentsByState({ state, catalog })).toEqual({ 'logged-out': 0, ready: 1, 'not-ready': 1, 'wrap-up': 0 });
    agentChange(OTHER, 'logout', T0);
    expect(agentsByState({ state, catalog })).toEqual({ 'logged-out': 1, ready: 1, 'not-ready': 0, 'wrap-up': 0 });
  });
});
