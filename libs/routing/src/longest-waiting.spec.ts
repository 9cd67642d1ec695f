import { describe, expect, it } from '@jest/globals';
import { assignWaitingInteractions, selectLongestWaitingAgent } from './longest-waiting.js';
import { isMandatory } from './eligibility.js';
import type { RoutableAgent, RoutableInteraction } from './model.js';

const agent = (id: string, overrides: Partial<RoutableAgent> = {}): RoutableAgent => ({
  id,
  loggedIn: true,
  ready: true,
  idleSince: 1_000,
  skills: new Map(),
  activeInteractions: 0,
  ...overrides,
});

const interaction = (id: string, overrides: Partial<RoutableInteraction> = {}): RoutableInteraction => ({
  id,
  type: 'nonlive',
  queuedAt: 5_000,
  skills: [],
  ...overrides,
});

describe('selectLongestWaitingAgent', () => {
  it('chooses the ready agent idle longest', () => {
    const chosen = selectLongestWaitingAgent(
      interaction('i1'),
      [agent('a', { idleSince: 3_000 }), agent('b', { idleSince: 2_000 }), agent('c', { idleSince: 4_000 })],
      10_000,
    );
    expect(chosen?.id).toBe('b');
  });

  it('passes over agents that are logged out, not ready or busy', () => {
    const agents = [
      agent('out', { loggedIn: false, idleSince: 1 }),
      agent('notready', { ready: false, idleSince: 2 }),
      agent('busy', { activeInteractions: 1, idleSince: 3 }),
      agent('free', { idleSince: 4 }),
    ];
    expect(selectLongestWaitingAgent(interaction('i1'), agents, 10_000)?.id).toBe('free');
  });

  it('requires every mandatory skill but not optional ones', () => {
    const skilled = interaction('i1', { skills: [{ name: 'skillmandatory' }, { name: 'skilloptional', expiryAfterSeconds: 0 }] });
    const agents = [
      agent('optional-only', { idleSince: 1, skills: new Map([['skilloptional', 5]]) }),
      agent('mandatory', { idleSince: 2, skills: new Map([['skillmandatory', 5]]) }),
    ];
    expect(selectLongestWaitingAgent(skilled, agents, 10_000)?.id).toBe('mandatory');
  });

  it('treats an expiring skill as mandatory until it expires', () => {
    const expiring = interaction('i1', { queuedAt: 0, skills: [{ name: 'skillexpiring', expiryAfterSeconds: 60 }] });
    const unskilled = [agent('a')];
    expect(selectLongestWaitingAgent(expiring, unskilled, 59_999)).toBeUndefined();
    expect(selectLongestWaitingAgent(expiring, unskilled, 60_000)?.id).toBe('a');
  });

  it('finds nobody when nobody is eligible', () => {
    expect(selectLongestWaitingAgent(interaction('i1'), [agent('a', { ready: false })], 0)).toBeUndefined();
  });
});

describe('isMandatory', () => {
  it('follows the expiryafter rules: absent for ever, 0 optional, N seconds after queueing', () => {
    expect(isMandatory({ name: 's' }, 0, Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isMandatory({ name: 's', expiryAfterSeconds: 0 }, 0, 0)).toBe(false);
    expect(isMandatory({ name: 's', expiryAfterSeconds: 2 }, 1_000, 2_999)).toBe(true);
    expect(isMandatory({ name: 's', expiryAfterSeconds: 2 }, 1_000, 3_000)).toBe(false);
  });
});

describe('assignWaitingInteractions', () => {
  it('serves the oldest interaction first and gives each agent one interaction', () => {
    const assignments = assignWaitingInteractions(
      [interaction('new', { queuedAt: 300 }), interaction('old', { queuedAt: 100 }), interaction('mid', { queuedAt: 200 })],
      [agent('x', { idleSince: 50 }), agent('y', { idleSince: 10 })],
      1_000,
    );
    expect(assignments).toEqual([
      { interactionId: 'old', agentId: 'y' },
      { interactionId: 'mid', agentId: 'x' },
    ]);
  });

  it('lets a younger interaction take an agent the older one cannot use', () => {
    const assignments = assignWaitingInteractions(
      [interaction('old', { queuedAt: 1, skills: [{ name: 'rare' }] }), interaction('young', { queuedAt: 2 })],
      [agent('plain')],
      10,
    );
    expect(assignments).toEqual([{ interactionId: 'young', agentId: 'plain' }]);
  });

  it('is deterministic: equal idle times are broken by agent id', () => {
    const agents = [agent('b', { idleSince: 5 }), agent('a', { idleSince: 5 })];
    expect(assignWaitingInteractions([interaction('i')], agents, 10)).toEqual([{ interactionId: 'i', agentId: 'a' }]);
    expect(assignWaitingInteractions([interaction('i')], [...agents].reverse(), 10)).toEqual([
      { interactionId: 'i', agentId: 'a' },
    ]);
  });
});
