import { describe, expect, it } from '@jest/globals';
import { demoTenant } from '../testing/demo-tenant.js';
import { runDecision } from '../testing/run-decision.js';
import { decideAgentInteraction } from './agent-interaction.js';
import { agentInteractions } from './agent-interactions.js';
import { decideAgentStateChange } from './change-agent-state.js';
import { decideDispatch } from './dispatch-interaction.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');
/** The demo tenant's CrmCallRouting offers for 30 s. */
const OFFER_MS = 30_000;

describe("an agent's interactions, as a desktop that subscribes reads them", () => {
  const offeredTo5465 = () => {
    const { state, catalog } = demoTenant();
    runDecision(state, decideAgentStateChange(state, { agentId: '5465', change: 'login' }, T0), T0);
    runDecision(state, decideAgentStateChange(state, { agentId: '5465', change: 'ready' }, T0), T0);
    const { reply } = runDecision(
      state,
      decideDispatch(state, catalog, { route: 'CrmCallRouting', properties: {}, skills: [] }, T0),
      T0,
    );
    if (!reply.ok) throw new Error(reply.error.message);
    return { state, interactionId: reply.interactionId };
  };

  it('gives an offer its lease and the time left at the moment asked', () => {
    const { state } = offeredTo5465();
    const reply = agentInteractions(state, '5465', T0 + 12_000);
    expect(reply.ok && reply.interactions.map(({ status, offerLease }) => ({ status, offerLease }))).toEqual([
      {
        status: 'offered',
        offerLease: { leaseUntil: new Date(T0 + OFFER_MS).toISOString(), remainingMs: OFFER_MS - 12_000 },
      },
    ]);
  });

  it('says no time is left, never a negative one, when asked after the lease ran out but before it was taken back', () => {
    const { state } = offeredTo5465();
    const reply = agentInteractions(state, '5465', T0 + OFFER_MS + 500);
    expect(reply.ok && reply.interactions[0]?.offerLease?.remainingMs).toBe(0);
  });

  it('gives an accepted interaction no lease', () => {
    const { state, interactionId } = offeredTo5465();
    runDecision(state, decideAgentInteraction(state, { interactionId, agentId: '5465' }, 'accept', T0 + 1_000), T0);
    const reply = agentInteractions(state, '5465', T0 + 2_000);
    expect(reply.ok && reply.interactions.map(({ status, offerLease }) => [status, offerLease])).toEqual([
      ['connected', undefined],
    ]);
  });
});
