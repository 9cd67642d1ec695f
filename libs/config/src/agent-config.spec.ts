import { describe, expect, it } from '@jest/globals';
import { parseAgentConfig, parseTenantConfig } from './tenant-config.loader.js';

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const references = { skills: new Set(['billing']), routes: new Set(['Main']) };
const agent = { id: '7', username: 'bea', passwordHash: HASH, skills: { Billing: 6 } };

describe('an agent given whole (the admin API), checked as a tenant file checks its agents', () => {
  it('takes a valid agent with the file’s defaults', () => {
    expect(parseAgentConfig(agent, references)).toEqual({
      ok: true,
      agent: { ...agent, role: 'agent' },
    });
    expect(parseAgentConfig({ ...agent, skills: ['billing'] }, references)).toMatchObject({
      ok: true,
      agent: { skills: { billing: 5 } },
    });
  });

  it.each([
    ['an unknown skill', { ...agent, skills: { cooking: 3 } }, 'skills: unknown skill "cooking"'],
    ['an unknown workgroup', { ...agent, workgroups: ['Sales'] }, 'workgroups: no route named "Sales"'],
    ['a level out of range', { ...agent, skills: { billing: 11 } }, 'skills.billing: Too big'],
    ['an id not of digits', { ...agent, id: 'x1' }, 'id: must be digits (the agent display id)'],
    ['a plain password', { ...agent, passwordHash: 'hunter2' }, 'passwordHash: must be a scrypt hash'],
    ['an unknown field', { ...agent, colour: 'red' }, '(agent): Unrecognized key: "colour"'],
  ])('refuses %s with the tenant file’s message, without the file’s place', (_what, raw, message) => {
    const result = parseAgentConfig(raw, references);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join('\n')).toContain(message);
  });

  it('says what a tenant file says of the same agent, the file’s place aside', () => {
    const file = `
id: acme
accountName: Acme
skills: [Billing]
agents:
  - { id: '1', username: ann, passwordHash: '${HASH}', skills: { cooking: 7 }, workgroups: [Sales] }
routes:
  - { name: Main, plan: main }
plans:
  main:
    initial: route
    applets:
      route: { type: acd }
`;
    const fileProblems = (() => {
      try {
        parseTenantConfig('acme.yaml', file);
        return [];
      } catch (error) {
        return (error as { problems: string[] }).problems;
      }
    })();
    const api = parseAgentConfig({ ...agent, skills: { cooking: 7 }, workgroups: ['Sales'] }, references);
    expect(api.ok ? [] : api.problems.map((p) => `acme.yaml: agents[0].${p}`)).toEqual(fileProblems);
  });
});
