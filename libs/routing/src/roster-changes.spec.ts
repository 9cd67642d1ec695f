import { describe, expect, it } from '@jest/globals';
import type { AgentProfile, RoutingDecision } from './model.js';
import { RoutingEngine } from './routing-engine.js';
import { interaction, offers, settle } from './testing/drive.js';

/** Agents configured while the engine runs (the admin API): added, re-skilled and removed without a restart. */

const agent = (id: string, skills: Record<string, number> = {}): AgentProfile => ({ id, skills });

function ready(engine: RoutingEngine, id: string, at: number): void {
  engine.logIn(id, at);
  engine.setReady(id, at);
}

const chosen = (decisions: readonly RoutingDecision[]) =>
  decisions.flatMap((d) => (d.kind === 'offer' ? [d.explanation.chosen] : []));

describe('an agent added to the roster', () => {
  it('starts logged out, and takes what waits once it logs in and is ready', () => {
    const engine = new RoutingEngine([agent('a', { billing: 5 })]);
    engine.enqueue(interaction('i1', 10, { skills: [{ name: 'billing' }] }), 10);
    engine.addAgent(agent('new', { Billing: 7 }), 20);
    expect(engine.agent('new')).toMatchObject({ loggedIn: false, status: 'not-ready', interactions: [] });
    expect(settle(engine, 20)).toEqual([]);
    ready(engine, 'new', 30);
    expect(offers(settle(engine, 30))).toEqual(['i1→new']);
  });

  it('is refused when its id is on the roster already', () => {
    const engine = new RoutingEngine([agent('a')]);
    expect(() => {
      engine.addAgent(agent('a'), 1);
    }).toThrow('on the roster already');
  });
});

describe('an agent’s skills changed', () => {
  it('counts for an interaction already waiting: a skill given lets it take one it could not', () => {
    const engine = new RoutingEngine([agent('plain')]);
    ready(engine, 'plain', 0);
    engine.enqueue(interaction('i1', 10, { skills: [{ name: 'spanish' }] }), 10);
    expect(settle(engine, 10)).toEqual([]);
    engine.setSkills('plain', { Spanish: 4 }, 20);
    const decisions = settle(engine, 20);
    expect(offers(decisions)).toEqual(['i1→plain']);
    expect(chosen(decisions)).toEqual([expect.objectContaining({ agentId: 'plain', skillLevel: 4 })]);
  });

  it('counts for the next decision: a level raised wins over the agent idle longer, as the explanation says', () => {
    const engine = new RoutingEngine([agent('idlest', { billing: 8 }), agent('raised', { billing: 3 })]);
    ready(engine, 'idlest', 0);
    ready(engine, 'raised', 1);
    engine.enqueue(interaction('i1', 10, { skills: [{ name: 'billing' }] }), 10);
    expect(offers(settle(engine, 10))).toEqual(['i1→idlest']);

    engine.complete('i1', 11);
    engine.setSkills('raised', { billing: 9 }, 12);
    engine.enqueue(interaction('i2', 13, { skills: [{ name: 'billing' }] }), 13);
    const decisions = settle(engine, 13);
    expect(offers(decisions)).toEqual(['i2→raised']);
    expect(chosen(decisions)).toEqual([expect.objectContaining({ agentId: 'raised', skillLevel: 9 })]);
  });

  it('takes a skill away: the agent no longer qualifies for an interaction that requires it', () => {
    const engine = new RoutingEngine([agent('a', { billing: 5 })]);
    ready(engine, 'a', 0);
    engine.setSkills('a', {}, 5);
    engine.enqueue(interaction('i1', 10, { skills: [{ name: 'billing' }] }), 10);
    expect(settle(engine, 10)).toEqual([]);
  });
});

describe('an agent removed from the roster', () => {
  it('gives back its offer: the interaction waits with its age and goes to another agent', () => {
    const engine = new RoutingEngine([agent('gone'), agent('other')]);
    ready(engine, 'gone', 0);
    engine.enqueue(interaction('i1', 10), 10);
    expect(offers(settle(engine, 10))).toEqual(['i1→gone']);
    expect(engine.removeAgent('gone', 20)).toEqual(['i1']);
    expect(engine.agent('gone')).toBeUndefined();
    expect(engine.interaction('i1', 20)).toMatchObject({ status: 'waiting' });
    ready(engine, 'other', 30);
    const decisions = settle(engine, 30);
    expect(offers(decisions)).toEqual(['i1→other']);
    // the removed agent is no longer counted among those passed over
    const passed = decisions.flatMap((d) => (d.kind === 'offer' ? d.explanation.passedOver : []));
    expect(passed.reduce((n, p) => n + p.count, 0)).toBe(0);
  });

  it('ends its personal queue: normal routing applies at once', () => {
    const engine = new RoutingEngine([agent('mine'), agent('other')]);
    engine.logIn('mine', 0);
    ready(engine, 'other', 0);
    const personalQueue = { agentId: 'mine', loggedInTimeoutSeconds: 600, loggedOutTimeoutSeconds: 600 };
    engine.enqueue(interaction('i1', 10, { personalQueue }), 10);
    expect(settle(engine, 10)).toEqual([]);
    engine.removeAgent('mine', 20);
    expect(offers(settle(engine, 20))).toEqual(['i1→other']);
  });

  it('may be added again under its id, starting afresh', () => {
    const engine = new RoutingEngine([agent('a', { billing: 5 })]);
    ready(engine, 'a', 0);
    engine.removeAgent('a', 5);
    engine.addAgent(agent('a'), 6);
    expect(engine.agent('a')).toMatchObject({ loggedIn: false, interactions: [] });
    engine.enqueue(interaction('i1', 10), 10);
    ready(engine, 'a', 11);
    expect(offers(settle(engine, 11))).toEqual(['i1→a']);
  });
});
