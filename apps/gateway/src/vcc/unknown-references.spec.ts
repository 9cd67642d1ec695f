import { describe, expect, it } from '@jest/globals';
import { unknownReferences } from './unknown-references.js';

const rules = {
  skills: new Set(['skillmandatory', 'skilloptional']),
  usernames: new Set(['agentusername']),
  allowInsecureCallbacks: false,
  gwsCsrfProtection: false,
};

describe('unknownReferences', () => {
  it('accepts configured skills and agents whatever their case', () => {
    expect(
      unknownReferences(
        {
          requests: [
            {
              route: 'r',
              routingdata: {
                skills: [{ name: 'SkillMandatory' }, { name: 'skillOPTIONAL', expiryafter: 0 }],
                personalqueue: { agent: 'AGENTUSERNAME', loggedintimeout: 1, loggedouttimeout: 1 },
              },
            },
          ],
        },
        rules,
      ),
    ).toEqual([]);
  });

  it('names every unknown skill and personal-queue agent with where it is', () => {
    expect(
      unknownReferences(
        {
          requests: [
            { route: 'r' },
            {
              route: 'r',
              routingdata: {
                skills: [{ name: 'skillMandatory' }, { name: 'juggling' }],
                personalqueue: { agent: 'nobody', loggedintimeout: 1, loggedouttimeout: 1 },
              },
            },
          ],
        },
        rules,
      ),
    ).toEqual([
      'requests[1].routingdata.skills[1].name: no skill named "juggling"',
      'requests[1].routingdata.personalqueue.agent: no agent with username "nobody"',
    ]);
  });
});
