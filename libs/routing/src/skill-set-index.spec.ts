import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SkillSetIndex } from './skill-set-index.js';

const SKILLS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const skillSet = fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 4 }).map((s) => [...s].sort());

describe('SkillSetIndex', () => {
  it('finds exactly the sets an agent holds every skill of, as sets come and go', () => {
    const steps = fc.array(fc.record({ add: fc.boolean(), skills: skillSet }), { maxLength: 80 });
    fc.assert(
      fc.property(steps, fc.array(skillSet, { minLength: 1, maxLength: 5 }), (changes, agents) => {
        const index = new SkillSetIndex<string>();
        const model = new Map<string, readonly string[]>();
        for (const { add, skills } of changes) {
          const key = skills.join(',');
          if (add && !model.has(key)) {
            index.add(skills, key);
            model.set(key, skills);
          } else if (!add) {
            index.remove(skills);
            model.delete(key);
          }
          expect(index.size).toBe(model.size);
        }
        for (const agentSkills of agents) {
          const found: string[] = [];
          index.forEachWithin(agentSkills, (key) => found.push(key));
          const expected = [...model]
            .filter(([, skills]) => skills.every((s) => agentSkills.includes(s)))
            .map(([key]) => key);
          expect(found.sort()).toEqual(expected.sort());
        }
      }),
    );
  });
});
