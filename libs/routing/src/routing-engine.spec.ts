import { describe, expect, it } from '@jest/globals';
import type { AgentProfile, RoutingDecision } from './model.js';
import { MISSED_REASON, RoutingEngine } from './routing-engine.js';
import { interaction, offers, settle } from './testing/drive.js';

const agent = (id: string, skills: Record<string, number> = {}): AgentProfile => ({ id, skills });

/** Logs agents in and makes them ready in the order given (the first is then idle longest). */
function readyAgents(engine: RoutingEngine, ids: string[], at = 0): void {
  ids.forEach((id, i) => {
    engine.logIn(id, at + i);
    engine.setReady(id, at + i);
  });
}

describe('eligibility and capacity', () => {
  it('offers nothing to agents that are logged out, not ready or in wrap-up', () => {
    const engine = new RoutingEngine([agent('out'), agent('notready'), agent('ready')]);
    engine.logIn('notready', 0);
    readyAgents(engine, ['ready'], 1);
    engine.enqueue(interaction('i1', 10), 10);
    expect(offers(settle(engine, 10))).toEqual(['i1→ready']);
  });

  it('never gives one agent more than one interaction at the default capacity', () => {
    const engine = new RoutingEngine([agent('a')]);
    readyAgents(engine, ['a']);
    engine.enqueue(interaction('i1', 10), 10);
    engine.enqueue(interaction('i2', 11), 11);
    expect(offers(settle(engine, 11))).toEqual(['i1→a']);
  });

  it('follows the multi-interaction model: live 51 / chat 33 / nonlive 20 → one live and two nonlive', () => {
    const engine = new RoutingEngine([agent('a')], { capacity: { live: 51, chat: 33, nonlive: 20 } });
    readyAgents(engine, ['a']);
    engine.enqueue(interaction('call', 10, { type: 'live' }), 10);
    for (const id of ['mail1', 'mail2', 'mail3']) engine.enqueue(interaction(id, 11), 11);
    expect(offers(settle(engine, 11))).toEqual(['call→a', 'mail1→a', 'mail2→a']);
    expect(engine.agent('a')?.load).toBe(91);
  });

  it('fits five nonlive interactions, and never two live ones', () => {
    const engine = new RoutingEngine([agent('a')], { capacity: { live: 51, chat: 33, nonlive: 20 } });
    readyAgents(engine, ['a']);
    for (let i = 1; i <= 6; i += 1) engine.enqueue(interaction(`m${i}`, 10 + i), 10 + i);
    expect(offers(settle(engine, 20))).toEqual(['m1→a', 'm2→a', 'm3→a', 'm4→a', 'm5→a']);

    const calls = new RoutingEngine([agent('b')], { capacity: { live: 51, chat: 33, nonlive: 20 } });
    readyAgents(calls, ['b']);
    calls.enqueue(interaction('c1', 10, { type: 'live' }), 10);
    calls.enqueue(interaction('c2', 11, { type: 'live' }), 11);
    expect(offers(settle(calls, 11))).toEqual(['c1→b']);
  });
});

describe('skills', () => {
  it('requires a skill without expiry for ever, case-insensitively', () => {
    const engine = new RoutingEngine([agent('plain'), agent('skilled', { Billing: 5 })]);
    readyAgents(engine, ['plain', 'skilled']);
    engine.enqueue(interaction('i1', 10, { skills: [{ name: 'BILLING' }] }), 10);
    expect(offers(settle(engine, 1e12))).toEqual(['i1→skilled']);
  });

  it('waits for a skilled agent rather than give a mandatory-skill interaction to anyone', () => {
    const engine = new RoutingEngine([agent('plain'), agent('skilled', { billing: 5 })]);
    readyAgents(engine, ['plain']);
    engine.enqueue(interaction('i1', 10, { skills: [{ name: 'billing' }] }), 10);
    expect(settle(engine, 1e9)).toEqual([]);
    readyAgents(engine, ['skilled'], 2e9);
    expect(offers(settle(engine, 2e9))).toEqual(['i1→skilled']);
  });

  it('treats expiryafter 0 as a preference only', () => {
    const engine = new RoutingEngine([agent('plain'), agent('skilled', { spanish: 5 })]);
    readyAgents(engine, ['plain', 'skilled']);
    engine.enqueue(interaction('i1', 10, { skills: [{ name: 'spanish', expiryAfterSeconds: 0 }] }), 10);
    expect(offers(settle(engine, 10))).toEqual(['i1→skilled']);
    engine.enqueue(interaction('i2', 11, { skills: [{ name: 'spanish', expiryAfterSeconds: 0 }] }), 11);
    expect(offers(settle(engine, 11))).toEqual(['i2→plain']);
  });

  it('makes an expiring skill optional N seconds after queueing, on its own timer', () => {
    const engine = new RoutingEngine([agent('plain')]);
    readyAgents(engine, ['plain']);
    engine.enqueue(interaction('i1', 1_000, { skills: [{ name: 'skillexpiring', expiryAfterSeconds: 60 }] }), 1_000);
    expect(settle(engine, 60_999)).toEqual([]);
    expect(engine.nextTimerAt()).toBe(61_000);
    expect(offers(settle(engine, 61_000))).toEqual(['i1→plain']);
  });

  it('prefers more optional matches, then a higher level in the mandatory skills, then the longest idle', () => {
    const engine = new RoutingEngine([
      agent('idlest', { tier2: 9 }),
      agent('level8', { tier2: 8, billing: 8 }),
      agent('level3', { tier2: 3, billing: 3 }),
      agent('optional', { tier2: 1, billing: 1, spanish: 1 }),
    ]);
    readyAgents(engine, ['idlest', 'level8', 'level3', 'optional']);
    const needs = (id: string, at: number, optionalSkill = true): void => {
      engine.enqueue(
        interaction(id, at, {
          skills: [
            { name: 'tier2' },
            { name: 'billing' },
            ...(optionalSkill ? [{ name: 'spanish', expiryAfterSeconds: 0 }] : []),
          ],
        }),
        at,
      );
    };
    needs('i1', 10);
    needs('i2', 11, false);
    needs('i3', 12, false);
    expect(offers(settle(engine, 12))).toEqual(['i1→optional', 'i2→level8', 'i3→level3']);
    engine.enqueue(interaction('i4', 13), 13);
    expect(offers(settle(engine, 13))).toEqual(['i4→idlest']);
  });
});

describe('personal queue', () => {
  const pq = (loggedIn: number, loggedOut: number) => ({
    personalQueue: { agentId: 'mine', loggedInTimeoutSeconds: loggedIn, loggedOutTimeoutSeconds: loggedOut },
  });

  it('gives the interaction only to its agent while the logged-in clock runs, then to anyone', () => {
    const engine = new RoutingEngine([agent('other'), agent('mine')]);
    readyAgents(engine, ['other']);
    engine.logIn('mine', 0);
    engine.enqueue(interaction('i1', 1_000, pq(20, 30)), 1_000);
    expect(settle(engine, 20_999)).toEqual([]);
    expect(offers(settle(engine, 21_000))).toEqual(['i1→other']);
  });

  it('goes to its agent when that agent becomes ready in time, even without its skills', () => {
    const engine = new RoutingEngine([agent('other', { vip: 9 }), agent('mine')]);
    readyAgents(engine, ['other']);
    engine.logIn('mine', 0);
    engine.enqueue(interaction('i1', 1_000, { ...pq(20, 30), skills: [{ name: 'vip' }] }), 1_000);
    engine.setReady('mine', 5_000);
    const decisions = settle(engine, 5_000);
    expect(offers(decisions)).toEqual(['i1→mine']);
    const offer = decisions[0];
    expect(offer?.kind === 'offer' && offer.explanation.passedOver).toContainEqual({
      reason: 'personal-queue',
      agentId: 'mine',
      count: 1,
    });
  });

  it('runs the logged-out clock while its agent is logged out, switching as it logs in and out', () => {
    const engine = new RoutingEngine([agent('other'), agent('mine')]);
    readyAgents(engine, ['other']);
    // logged out at queueing: the 30 s logged-out clock runs from 0
    engine.enqueue(interaction('i1', 0, pq(20, 30)), 0);
    expect(settle(engine, 10_000)).toEqual([]);
    engine.logIn('mine', 10_000); // 10 s of the logged-out clock used; the logged-in clock runs: expires at 30 s
    expect(settle(engine, 25_000)).toEqual([]);
    engine.logOut('mine', 25_000); // 15 s of the logged-in clock used; 20 s of logged-out left: expires at 45 s
    expect(settle(engine, 44_999)).toEqual([]);
    expect(offers(settle(engine, 45_000))).toEqual(['i1→other']);
  });
});

describe('which waiting interaction a freed agent takes', () => {
  it('serves first in, first out among equals', () => {
    const engine = new RoutingEngine([agent('a')]);
    for (const [id, at] of [
      ['i2', 20],
      ['i1', 10],
      ['i3', 30],
    ] as const)
      engine.enqueue(interaction(id, at), at);
    readyAgents(engine, ['a'], 100);
    expect(offers(settle(engine, 100))).toEqual(['i1→a']);
  });

  it('serves higher priority before age, and an interaction about to breach its SLA before both', () => {
    const engine = new RoutingEngine([agent('a')], { capacity: { live: 100, chat: 100, nonlive: 25 } });
    engine.enqueue(interaction('old', 0), 0);
    engine.enqueue(interaction('urgent', 10, { sla: { targetSeconds: 100 } }), 10); // urgent from 80 s
    engine.enqueue(interaction('high', 20, { priority: 5 }), 20);
    readyAgents(engine, ['a'], 50_000);
    expect(offers(settle(engine, 50_000))).toEqual(['high→a', 'old→a', 'urgent→a']);

    const later = new RoutingEngine([agent('a')]);
    later.enqueue(interaction('old', 0), 0);
    later.enqueue(interaction('urgent', 10, { sla: { targetSeconds: 100 } }), 10);
    later.enqueue(interaction('high', 20, { priority: 5 }), 20);
    readyAgents(later, ['a'], 80_010);
    expect(offers(settle(later, 80_010))).toEqual(['urgent→a']);
  });
});

describe('offers, leases and wrap-up', () => {
  it('times an unanswered offer out: back in line with its age, the agent not ready (missed)', () => {
    const engine = new RoutingEngine([agent('a'), agent('b')]);
    readyAgents(engine, ['a', 'b']);
    engine.enqueue(interaction('early', 5, { offerTimeoutMs: 10_000 }), 5);
    expect(offers(settle(engine, 5))).toEqual(['early→a']);
    engine.enqueue(interaction('late', 6), 6);
    expect(offers(settle(engine, 6))).toEqual(['late→b']);
    const timeout = engine.nextDecision(10_005);
    expect(timeout).toEqual({ kind: 'offer-expired', interactionId: 'early', agentId: 'a', at: 10_005 });
    engine.returnToQueue('early', 10_005, true);
    expect(engine.agent('a')).toMatchObject({ status: 'not-ready', notReadyReason: MISSED_REASON, load: 0 });
    engine.setReady('b', 10_006); // b is still busy with `late`: nothing yet
    engine.complete('late', 10_007);
    expect(offers(settle(engine, 10_007))).toEqual(['early→b']);
  });

  it('keeps at most one open offer per interaction and answers the same decision until it is applied', () => {
    const engine = new RoutingEngine([agent('a'), agent('b')]);
    readyAgents(engine, ['a', 'b']);
    engine.enqueue(interaction('i1', 10), 10);
    const first = engine.nextDecision(10);
    expect(engine.nextDecision(10)).toEqual(first);
    settle(engine, 10);
    expect(settle(engine, 11)).toEqual([]);
    expect(() => {
      engine.offer('i1', 'b', 12, 99);
    }).toThrow('not waiting');
  });

  it('puts the agent in wrap-up after completion, then makes it ready and gives it the next interaction', () => {
    const engine = new RoutingEngine([agent('a')]);
    readyAgents(engine, ['a']);
    engine.enqueue(interaction('i1', 10, { wrapUpMs: 5_000 }), 10);
    engine.enqueue(interaction('i2', 11), 11);
    settle(engine, 11);
    engine.accept('i1', 12);
    expect(engine.wrapsUpOnCompletion('i1')).toBe(true);
    engine.complete('i1', 100);
    expect(engine.agent('a')).toMatchObject({ status: 'wrap-up', wrapUpUntil: 5_100 });
    expect(settle(engine, 5_099)).toEqual([]);
    const decisions: RoutingDecision[] = settle(engine, 5_100);
    expect(decisions.map((d) => d.kind)).toEqual(['wrap-up-ended', 'offer']);
    expect(offers(decisions)).toEqual(['i2→a']);
  });

  it('says beforehand whether a completion wraps up: not without a wrap-up time, nor for an agent made not ready', () => {
    const engine = new RoutingEngine([agent('a'), agent('b')]);
    readyAgents(engine, ['a', 'b']);
    engine.enqueue(interaction('none', 10), 10);
    engine.enqueue(interaction('resting', 11, { wrapUpMs: 5_000 }), 11);
    settle(engine, 11);
    engine.accept('none', 12);
    engine.accept('resting', 12);
    expect(engine.wrapsUpOnCompletion('none')).toBe(false);
    engine.setNotReady('b', 'lunch', 13);
    expect(engine.wrapsUpOnCompletion('resting')).toBe(false);
    engine.complete('resting', 14);
    expect(engine.agent('b')).toMatchObject({ status: 'not-ready', notReadyReason: 'lunch' });
    expect(engine.wrapsUpOnCompletion('unknown')).toBe(false);
  });
});

describe('explanations', () => {
  it('say why this agent, who came next, and why the others were passed over', () => {
    const engine = new RoutingEngine([
      agent('best', { billing: 9 }),
      agent('second', { billing: 4 }),
      agent('unskilled'),
      agent('away', { billing: 9 }),
      agent('resting', { billing: 9 }),
    ]);
    readyAgents(engine, ['best', 'second', 'unskilled']);
    engine.logIn('resting', 0);
    expect(settle(engine, 5)).toEqual([]);
    engine.enqueue(interaction('i1', 10, { skills: [{ name: 'billing' }] }), 10);
    const [decision] = settle(engine, 10);
    expect(decision?.kind === 'offer' && decision.explanation).toEqual({
      trigger: 'interaction-routable',
      chosen: { agentId: 'best', optionalMatches: 0, skillLevel: 9, idleSince: 0 },
      runnersUp: [{ agentId: 'second', optionalMatches: 0, skillLevel: 4, idleSince: 1 }],
      passedOver: [
        { reason: 'logged-out', count: 1 },
        { reason: 'not-ready', count: 1 },
        { reason: 'missing-skill', skill: 'billing', count: 1 },
      ],
      mandatorySkills: ['billing'],
      optionalSkills: [],
      queue: { urgent: false, priority: 3, waitedMs: 0 },
    });
  });
});

describe('longest-waiting mode', () => {
  it('ranks free agents by idle time alone, still requiring the mandatory skills', () => {
    const engine = new RoutingEngine([
      agent('idlest', { billing: 1 }),
      agent('expert', { billing: 10, spanish: 9 }),
      agent('plain'),
    ]);
    readyAgents(engine, ['idlest', 'expert', 'plain']);
    settle(engine, 5);
    const skills = [{ name: 'billing' }, { name: 'spanish', expiryAfterSeconds: 0 }];
    engine.enqueue(interaction('acd', 10, { skills, ranking: 'longest-waiting' }), 10);
    engine.enqueue(interaction('ucd', 11, { skills }), 11);
    expect(offers(settle(engine, 11))).toEqual(['acd→idlest', 'ucd→expert']);
  });
});

describe('timers that fire together', () => {
  it('routes an interaction whose personal queue expires just before it turns SLA-urgent (found by fast-check)', () => {
    const engine = new RoutingEngine([agent('a'), agent('b')]);
    engine.logIn('a', 0);
    readyAgents(engine, ['b']);
    settle(engine, 0);
    engine.enqueue(
      interaction('i1', 0, {
        sla: { targetSeconds: 10 },
        personalQueue: { agentId: 'a', loggedInTimeoutSeconds: 5, loggedOutTimeoutSeconds: 0 },
      }),
      0,
    );
    expect(settle(engine, 0)).toEqual([]);
    expect(offers(settle(engine, 8_000))).toEqual(['i1→b']);
  });
});

describe('idle time with multi-interaction capacity', () => {
  it('spreads interactions over agents: taking one resets the agent’s idle time', () => {
    const engine = new RoutingEngine([agent('a'), agent('b')], { capacity: { live: 51, chat: 33, nonlive: 20 } });
    readyAgents(engine, ['a', 'b']);
    settle(engine, 5);
    engine.enqueue(interaction('i1', 10), 10);
    expect(offers(settle(engine, 10))).toEqual(['i1→a']);
    engine.enqueue(interaction('i2', 11), 11);
    engine.enqueue(interaction('i3', 12), 12);
    expect(offers(settle(engine, 12))).toEqual(['i2→b', 'i3→a']);
  });
});

describe('an interaction the agent takes itself (out of a workbin)', () => {
  it('connects it to the agent at once, counts it against capacity, and never offers it elsewhere', () => {
    const engine = new RoutingEngine([agent('a'), agent('b')], { capacity: { live: 51, chat: 33, nonlive: 50 } });
    readyAgents(engine, ['a', 'b']);
    engine.setNotReady('a', 'paperwork', 5); // taking work oneself needs room, not readiness
    expect(engine.hasRoomFor('a', 'nonlive')).toBe(true);
    engine.connect(interaction('parked', 1), 'a', 10);
    expect(engine.interaction('parked', 10)).toMatchObject({ status: 'connected', agentId: 'a' });
    expect(engine.agent('a')?.load).toBe(50);
    expect(settle(engine, 10)).toEqual([]); // no offer to b, no lease timing out
    expect(settle(engine, 60_000)).toEqual([]);
    engine.connect(interaction('second', 2), 'a', 11);
    expect(engine.hasRoomFor('a', 'nonlive')).toBe(false);
    engine.logOut('b', 12);
    expect(engine.hasRoomFor('b', 'nonlive')).toBe(false); // logged out: no room at all
  });
});

describe('calls an agent takes itself while on another (a phone line)', () => {
  it('may take a second call when the first would be held, never while a live offer is pending; routing offers it none', () => {
    const engine = new RoutingEngine([agent('a')], { capacity: { live: 51, chat: 33, nonlive: 20 } });
    readyAgents(engine, ['a']);
    engine.enqueue(interaction('offered', 10, { type: 'live' }), 10);
    expect(offers(settle(engine, 10))).toEqual(['offered→a']);
    expect(engine.hasRoomHoldingCalls('a')).toBe(false); // an offer is not a call to hold
    engine.accept('offered', 11);
    expect(engine.hasRoomHoldingCalls('a')).toBe(true);
    expect(engine.hasRoomFor('a', 'live')).toBe(false);
    engine.connect(interaction('placed', 12, { type: 'live' }), 'a', 12);
    expect(engine.agent('a')?.interactions).toEqual(['offered', 'placed']);
    engine.enqueue(interaction('waiting', 13, { type: 'live' }), 13);
    expect(offers(settle(engine, 13))).toEqual([]);
    // its other work still counts: beside three nonlive (3 × 20) a call (51) no longer fits
    for (const id of ['m1', 'm2', 'm3']) engine.connect(interaction(id, 14), 'a', 14);
    expect(engine.hasRoomHoldingCalls('a')).toBe(false);
    engine.logOut('a', 15);
    expect(engine.hasRoomHoldingCalls('a')).toBe(false);
  });
});

describe('per-channel readiness', () => {
  it('offers a ready agent nothing of a type whose channel it closed, explains why, and routes it again once reopened', () => {
    const engine = new RoutingEngine([agent('a'), agent('b')], { capacity: { live: 51, chat: 33, nonlive: 20 } });
    readyAgents(engine, ['a']);
    engine.setChannelReady('a', 'nonlive', false, 5);
    engine.enqueue(interaction('mail', 10), 10);
    engine.enqueue(interaction('chat', 11, { type: 'chat' }), 11);
    const decisions = settle(engine, 11);
    expect(offers(decisions)).toEqual(['chat→a']);
    engine.logIn('b', 12); // b logged in, not ready: counted apart
    engine.setChannelReady('a', 'live', false, 12);
    engine.enqueue(interaction('call', 13, { type: 'live' }), 13);
    engine.setChannelReady('a', 'nonlive', true, 14);
    const reopened = settle(engine, 14);
    expect(offers(reopened)).toEqual(['mail→a']);
    const offer = reopened.find((d) => d.kind === 'offer');
    expect(offer?.kind === 'offer' ? offer.explanation.chosen.agentId : undefined).toBe('a');
    engine.setReady('b', 15);
    const call = settle(engine, 15);
    expect(offers(call)).toEqual(['call→b']);
    const passedOver = call[0]?.kind === 'offer' ? call[0].explanation.passedOver : [];
    expect(passedOver).toContainEqual({ reason: 'channel-not-ready', count: 1 });
    expect(passedOver.find((p) => p.reason === 'no-capacity')).toBeUndefined();
  });
});
