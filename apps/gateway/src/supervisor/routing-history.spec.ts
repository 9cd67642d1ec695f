import { describe, expect, it } from '@jest/globals';
import type { InteractionDetailsReply } from '@switchboard/contracts';
import { routingHistoryOf } from './routing-history.js';

type Details = Extract<InteractionDetailsReply, { ok: true }>;
type Decision = Details['decisions'][number];

const USERNAMES: Record<string, string> = { '5464': 'AgentUsername', '5465': 'alice', '5466': 'bob', '5467': 'carol' };
const usernameOf = (agentId: string): string | undefined => USERNAMES[agentId];

function details(overrides: Partial<Details> = {}): Details {
  return {
    ok: true,
    interaction: {
      id: '100000007',
      externalId: 'CRM-7',
      route: 'CrmCallRouting',
      interactionType: 'nonlive',
      mediaType: 'API Object',
      properties: {},
      skills: [],
      queuedAt: '2026-12-07T10:00:00.000Z',
    },
    routing: { status: 'waiting', mandatorySkills: [], urgent: false, personalQueueActive: false },
    decisions: [],
    ...overrides,
  };
}

function decision(agentId: string, explanation: Partial<Decision['explanation']> = {}): Decision {
  return {
    eventId: `offered-${agentId}`,
    offeredAt: '2026-12-07T10:00:05.000Z',
    agentId,
    explanation: {
      trigger: 'agent-available',
      chosen: { agentId, optionalMatches: 0, skillLevel: 4, idleSince: 1 },
      runnersUp: [],
      passedOver: [],
      mandatorySkills: [],
      optionalSkills: [],
      queue: { urgent: false, priority: 3, waitedMs: 5000 },
      ...explanation,
    },
  };
}

describe('routingHistoryOf', () => {
  it('answers a waiting interaction with its id, externalid, route, routing, no decisions and no names', () => {
    expect(routingHistoryOf(details(), usernameOf)).toEqual({
      id: '100000007',
      externalId: 'CRM-7',
      route: 'CrmCallRouting',
      routing: { status: 'waiting', mandatorySkills: [], urgent: false, personalQueueActive: false },
      decisions: [],
      agentNames: {},
    });
  });

  it('names every agent the answer names: the one it is with, each chosen, runner-up and personal queue agent', () => {
    const history = routingHistoryOf(
      details({
        routing: { status: 'offered', agentId: '5465', mandatorySkills: [], urgent: false, personalQueueActive: true },
        decisions: [
          decision('5466', { runnersUp: [{ agentId: '5464', optionalMatches: 0, skillLevel: 1, idleSince: 2 }] }),
          decision('5465', { passedOver: [{ reason: 'personal-queue', agentId: '5465', count: 3 }] }),
          decision('5467', { passedOver: [{ reason: 'not-ready', count: 2 }] }),
        ],
      }),
      usernameOf,
    );
    expect(history.agentNames).toEqual({ '5464': 'AgentUsername', '5465': 'alice', '5466': 'bob', '5467': 'carol' });
    expect(history.decisions.map(({ agentId }) => agentId)).toEqual(['5466', '5465', '5467']);
  });

  it('leaves out the name of an agent removed since, and the route of a call placed without one', () => {
    const { externalId: _externalId, ...interaction } = details().interaction;
    const history = routingHistoryOf(
      details({ interaction: { ...interaction, route: '' }, decisions: [decision('9999')] }),
      usernameOf,
    );
    expect(history).not.toHaveProperty('route');
    expect(history).not.toHaveProperty('externalId');
    expect(history.agentNames).toEqual({});
    expect(history.decisions[0]?.explanation.chosen.agentId).toBe('9999');
  });
});
