import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SkillIds } from './skill-ids.js';
import { generalKey, personalKey, servedBefore, WaitingQueues, type WaitingEntry } from './waiting-queues.js';

const entry = (interactionId: string, seq: number, overrides: Partial<WaitingEntry> = {}): WaitingEntry => ({
  interactionId,
  version: 1,
  urgent: false,
  deadline: Number.POSITIVE_INFINITY,
  priority: 3,
  queuedAt: seq,
  seq,
  ...overrides,
});

describe('WaitingQueues', () => {
  it('holds one entry per member however often a member is re-placed or leaves from the middle', () => {
    const queues = new WaitingQueues();
    const key = generalKey('nonlive', ['billing']);
    for (let i = 0; i < 100; i += 1) queues.join(key, 'nonlive', ['billing'], entry(`i${i}`, i), false);
    // Members re-placed in the same group (e.g. they became urgent) many times over …
    for (let round = 2; round < 50; round += 1) {
      for (let i = 0; i < 100; i += 1) queues.requeue(key, entry(`i${i}`, i, { version: round }));
    }
    // … and the back half leaving while the front still waits.
    for (let i = 50; i < 100; i += 1) queues.leave(key, `i${i}`);
    expect(queues.entriesIn(key)).toBe(50);
    expect(queues.head(key)?.interactionId).toBe('i0');
    expect(queues.waitingCount()).toBe(50);
  });

  it('finds an agent its personal queues through the agent, and holds only the agents with one waiting', () => {
    const queues = new WaitingQueues();
    // Ids with the key's own separators in them: the agent is read back from the key exactly.
    const agents = ['a', 'pq:b|chat', 'c|nonlive'];
    for (let round = 0; round < 20; round += 1) {
      for (const [n, agentId] of agents.entries()) {
        queues.join(personalKey(agentId, 'chat'), 'chat', [], entry(`c${round}-${n}`, round * 10 + n), true);
        queues.join(personalKey(agentId, 'nonlive'), 'nonlive', [], entry(`n${round}-${n}`, round * 10 + n), true);
      }
      expect(queues.agentsWithPersonalQueues()).toBe(agents.length);
      expect(queues.firstFor('chat', 'pq:b|chat', [])?.interactionId).toBe(`c${round}-1`);
      expect(queues.firstFor('nonlive', 'c|nonlive', [])?.interactionId).toBe(`n${round}-2`);
      expect(queues.firstFor('chat', 'b', [])).toBeUndefined();
      for (const [n, agentId] of agents.entries()) {
        queues.leave(personalKey(agentId, 'chat'), `c${round}-${n}`);
        expect(queues.firstFor('chat', agentId, [])).toBeUndefined();
        expect(queues.firstFor('nonlive', agentId, [])?.interactionId).toBe(`n${round}-${n}`);
        queues.leave(personalKey(agentId, 'nonlive'), `n${round}-${n}`);
      }
      expect(queues.agentsWithPersonalQueues()).toBe(0);
      expect(queues.waitingCount()).toBe(0);
    }
  });

  it('gives a freed agent the first head among exactly the groups whose skills it all holds, found by skill id', () => {
    // Twelve skills, so ids run past 9 and their numeric order is neither the names' order nor the ids' as text.
    const names = Array.from({ length: 12 }, (_, i) => `skill-${String.fromCharCode(108 - i)}`);
    const skillSet = fc.uniqueArray(fc.constantFrom(...names), { maxLength: 3 }).map((s) => [...s].sort());
    const groups = fc.array(
      fc.record({
        skills: skillSet,
        priority: fc.integer({ min: 1, max: 5 }),
        members: fc.integer({ min: 1, max: 3 }),
      }),
      {
        maxLength: 20,
      },
    );
    fc.assert(
      fc.property(
        groups,
        fc.array(fc.uniqueArray(fc.constantFrom(...names), { maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (planned, agents) => {
          const skillIds = new SkillIds();
          for (const name of names) skillIds.idOf(name);
          const queues = new WaitingQueues(skillIds);
          const heads = new Map<string, { skills: string[]; head: WaitingEntry }>();
          let seq = 0;
          for (const { skills, priority, members } of planned) {
            const key = generalKey('nonlive', skills);
            for (let m = 0; m < members; m += 1) {
              const queued = entry(`i${(seq += 1)}`, seq, { priority });
              queues.join(key, 'nonlive', skills, queued, false);
              const current = heads.get(key);
              if (!current || servedBefore(queued, current.head) < 0) heads.set(key, { skills, head: queued });
            }
          }
          for (const agentSkills of agents) {
            const expected = [...heads.values()]
              .filter(({ skills }) => skills.every((skill) => agentSkills.includes(skill)))
              .map(({ head }) => head)
              .sort(servedBefore)[0];
            expect(queues.firstFor('nonlive', 'agent', skillIds.sortedIds(agentSkills))).toEqual(expected);
          }
        },
      ),
    );
  });
});
