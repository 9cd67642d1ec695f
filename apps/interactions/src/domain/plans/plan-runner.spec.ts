import { describe, expect, it } from '@jest/globals';
import { parseTenantConfig, type PlanConfig } from '@switchboard/config';
import type { InteractionSnapshot } from '@switchboard/contracts';
import { runPlan } from './plan-runner.js';

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const tenant = parseTenantConfig(
  'plans.yaml',
  `
id: t
accountName: T
skills: [Billing, Spanish, VIP]
agents: [{ id: '1', username: ann, passwordHash: '${HASH}' }]
routes: [{ name: Main, plan: main }, { name: Sms, plan: sms }]
plans:
  main:
    initial: language
    applets:
      language:
        type: condition
        branches:
          - { when: { field: Language, equals: es }, next: spanish }
          - { when: { field: clid, matches: '^\\+1' }, next: vip }
        otherwise: queue
      spanish: { type: skill-tagger, skills: [{ name: Spanish, expiryAfterSeconds: 30 }], next: urgent }
      vip: { type: skill-tagger, skills: [{ name: VIP }], clearExisting: true, next: high }
      high: { type: set-priority, priority: highest, next: queue }
      urgent: { type: set-sla, targetSeconds: 60, next: queue }
      queue: { type: acd, mode: longest-waiting, offerTimeoutSeconds: 20, wrapUpSeconds: 5 }
  sms:
    initial: send
    applets:
      send: { type: http-request, url: 'https://sms.example/send', send: [ToNum, Message], store: { id: SmsId }, next: done }
      done: { type: release }
`,
);
const plan = (name: string): PlanConfig => {
  const found = tenant.plans[name];
  if (!found) throw new Error(name);
  return found;
};

const interaction = (overrides: Partial<InteractionSnapshot> = {}): InteractionSnapshot => ({
  id: '1',
  route: 'Main',
  interactionType: 'nonlive',
  mediaType: 'API Object',
  properties: {},
  skills: [{ name: 'Billing' }],
  queuedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('runPlan', () => {
  it('tags a skill and sets an SLA on one branch, then queues with the ACD applet settings', () => {
    const { interaction: result, outcome } = runPlan(
      plan('main'),
      'language',
      interaction({ properties: { Language: 'es' } }),
    );
    expect(outcome).toMatchObject({ kind: 'queue', step: 'queue' });
    expect(result).toMatchObject({
      skills: [{ name: 'Billing' }, { name: 'Spanish', expiryAfterSeconds: 30 }],
      slaSeconds: 60,
      offerTimeoutSeconds: 20,
      wrapUpSeconds: 5,
      routingMode: 'longest-waiting',
    });
  });

  it('clears existing skills and the personal queue when the tagger says so, and sets the priority', () => {
    const start = interaction({
      clid: '+15550100',
      personalQueue: { agent: 'ann', loggedInTimeoutSeconds: 5, loggedOutTimeoutSeconds: 5 },
    });
    const { interaction: result } = runPlan(plan('main'), 'language', start);
    expect(result.skills).toEqual([{ name: 'VIP' }]);
    expect(result.personalQueue).toBeUndefined();
    expect(result.priority).toBe(5);
  });

  it('takes the otherwise branch when no condition holds', () => {
    const { interaction: result, outcome } = runPlan(plan('main'), 'language', interaction({ clid: '+44123' }));
    expect(outcome.step).toBe('queue');
    expect(result.skills).toEqual([{ name: 'Billing' }]);
  });

  it('stops at an HTTP Request applet for the service to make the call', () => {
    expect(runPlan(plan('sms'), 'send', interaction()).outcome).toMatchObject({ kind: 'call', step: 'send' });
    expect(runPlan(plan('sms'), 'done', interaction()).outcome).toEqual({ kind: 'release', step: 'done' });
  });
});
