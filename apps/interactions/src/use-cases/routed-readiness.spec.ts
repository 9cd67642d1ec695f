import { beforeEach, describe, expect, it } from '@jest/globals';
import type { TenantConfig } from '@switchboard/config';
import type { DomainEvent } from '@switchboard/contracts';
import { TenantCatalog } from '../domain/tenant-catalog.js';
import { TenantState } from '../domain/tenant-state.js';
import { DAY_MS, demoTenantConfig } from '../testing/demo-tenant.js';
import { runDecision } from '../testing/run-decision.js';
import { decideAgentInteraction } from './agent-interaction.js';
import { decideAgentStateChange } from './change-agent-state.js';
import { decideDispatch } from './dispatch-interaction.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const OFFER_MS = 30_000;
const WRAP_UP_MS = 10_000;
const config: TenantConfig = {
  ...demoTenantConfig,
  plans: {
    ...demoTenantConfig.plans,
    acd: {
      initial: 'route',
      applets: {
        route: {
          type: 'acd',
          mode: 'skills-based',
          offerTimeoutSeconds: OFFER_MS / 1000,
          wrapUpSeconds: WRAP_UP_MS / 1000,
        },
      },
    },
  },
};
const ALICE = '5465';
const ID = '100000001';

/** The readiness an event carries, beside the agent's view once it is applied: they must be the same. */
function carried(events: DomainEvent[], type: DomainEvent['type']): unknown {
  const event = events.find((e) => e.type === type);
  if (!event) throw new Error(`no ${type} among ${events.map((e) => e.type).join(', ')}`);
  return 'agent' in event.data ? event.data.agent : undefined;
}

describe('readiness routing sets, carried by the events that set it', () => {
  let state: TenantState;
  let catalog: TenantCatalog;
  const at = (now: number) => runDecision(state, { events: [], reply: undefined }, now).events; // routing at `now`
  const act = (action: 'accept' | 'reject' | 'complete', now: number) =>
    runDecision(state, decideAgentInteraction(state, { interactionId: ID, agentId: ALICE }, action, now), now).events;

  beforeEach(() => {
    state = new TenantState(config, DAY_MS);
    catalog = new TenantCatalog(config);
    runDecision(state, decideAgentStateChange(state, { agentId: ALICE, change: 'login' }, T0), T0);
    runDecision(state, decideAgentStateChange(state, { agentId: ALICE, change: 'ready' }, T0), T0);
    runDecision(state, decideDispatch(state, catalog, { route: 'CrmCallRouting', properties: {}, skills: [] }, T0), T0);
  });

  it('makes the agent not ready (missed) when its offer times out, as the event says', () => {
    const events = at(T0 + OFFER_MS);
    expect(carried(events, 'interaction.offer-timed-out')).toEqual({
      id: ALICE,
      username: 'alice',
      loggedIn: true,
      ready: false,
      notReadyReason: 'missed',
    });
    expect(carried(events, 'interaction.offer-timed-out')).toEqual(state.agentView(ALICE));
  });

  it('makes the agent not ready (missed) when it rejects, as the event says', () => {
    const events = act('reject', T0 + 1);
    expect(carried(events, 'interaction.rejected')).toMatchObject({ ready: false, notReadyReason: 'missed' });
    expect(carried(events, 'interaction.rejected')).toEqual(state.agentView(ALICE));
  });

  it('puts the agent in wrap-up on a completion, then ready again, on the channels it left open', () => {
    act('accept', T0 + 1);
    runDecision(
      state,
      decideAgentStateChange(state, { agentId: ALICE, change: 'not-ready', channel: 'chat' }, T0 + 2),
      T0 + 2,
    );
    const completed = act('complete', T0 + 3);
    expect(carried(completed, 'interaction.completed')).toEqual({
      id: ALICE,
      username: 'alice',
      loggedIn: true,
      ready: false,
      notReadyReason: 'wrap-up',
      notReadyChannels: ['chat'],
    });
    expect(carried(completed, 'interaction.completed')).toEqual(state.agentView(ALICE));
    const ended = at(T0 + 3 + WRAP_UP_MS);
    expect(carried(ended, 'agent.wrap-up-ended')).toEqual({
      id: ALICE,
      username: 'alice',
      loggedIn: true,
      ready: true,
      notReadyChannels: ['chat'],
    });
    expect(carried(ended, 'agent.wrap-up-ended')).toEqual(state.agentView(ALICE));
  });

  it('carries no readiness on a completion that sets none: the agent made itself not ready', () => {
    act('accept', T0 + 1);
    runDecision(
      state,
      decideAgentStateChange(state, { agentId: ALICE, change: 'not-ready', reason: 'lunch' }, T0 + 2),
      T0 + 2,
    );
    expect(carried(act('complete', T0 + 3), 'interaction.completed')).toBeUndefined();
    expect(state.agentView(ALICE)).toMatchObject({ ready: false, notReadyReason: 'lunch' });
  });
});
