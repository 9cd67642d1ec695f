import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { ConfigError } from './env.js';
import { parseTenantConfig } from './tenant-config.loader.js';

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const base = `
id: acme
accountName: Acme
skills: [Billing]
agents:
  - { id: '1', username: ann, passwordHash: '${HASH}', skills: { billing: 7 } }
routes:
  - { name: Main, plan: main }
plans:
  main:
    initial: route
    applets:
      route: { type: acd }
`;

function problemsOf(yaml: string): string[] {
  try {
    parseTenantConfig('acme.yaml', yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('the configuration was accepted');
}

describe('parseTenantConfig', () => {
  it('accepts a valid tenant, matching skill names case-insensitively, with defaults filled in', () => {
    const tenant = parseTenantConfig('acme.yaml', base);
    expect(tenant.plans.main?.applets.route).toEqual({
      type: 'acd',
      mode: 'skills-based',
      offerTimeoutSeconds: 30,
      wrapUpSeconds: 0,
    });
    expect(tenant.capacity).toEqual({ live: 100, chat: 100, nonlive: 100 });
    expect(tenant.providers).toEqual([]);
  });

  it('keeps an agent’s workgroups as listed, and leaves them unset (membership not configured) when not listed', () => {
    const tenant = parseTenantConfig(
      'acme.yaml',
      base.replace('skills: { billing: 7 } }', 'skills: { billing: 7 }, workgroups: [Main] }'),
    );
    expect(tenant.agents[0]?.workgroups).toEqual(['Main']);
    expect(parseTenantConfig('acme.yaml', base).agents[0]?.workgroups).toBeUndefined();
  });

  it('gives skills listed without a level the default level 5', () => {
    const tenant = parseTenantConfig('acme.yaml', base.replace('skills: { billing: 7 }', 'skills: [Billing]'));
    expect(tenant.agents[0]?.skills).toEqual({ Billing: 5 });
  });

  it('loads the demo tenant that npm start uses', async () => {
    const text = await readFile(new URL('../../../config/tenants/demo.yaml', import.meta.url), 'utf8');
    const demo = parseTenantConfig('demo.yaml', text, { SWITCHBOARD_SMS_URL: 'https://sms.example/send' });
    expect(demo.plans['send-sms']?.applets.send).toMatchObject({
      type: 'http-request',
      url: 'https://sms.example/send',
    });
    expect(() => parseTenantConfig('demo.yaml', text, {})).toThrow('SWITCHBOARD_SMS_URL');
    expect(demo.routes.map((r) => r.name)).toEqual([
      'Route Interaction NR',
      'CrmCallRouting',
      'SendSMS',
      'Support',
      'InsideSales',
      'OutsideSales',
    ]);
    expect(demo.agents.map((a) => a.username)).toContain('AgentUsername');
    expect(demo.providers.map((p) => p.name)).toEqual(['CrmIntegration']);
    expect(demo.workbins.map((w) => w.name)).toEqual(['FollowUp', 'CrmBacklog']);
    expect(demo.agents.filter((a) => a.role === 'supervisor').map((a) => a.username)).toEqual(['sam', 'MyUserName']);
  });

  it.each([
    [
      'a route without a plan',
      base.replace('plan: main', 'plan: missing'),
      'routes[0] "Main": no plan named "missing"',
    ],
    ['an unknown applet type', base.replace('type: acd', 'type: teleport'), 'plans.main.applets.route.type'],
    ['an unreachable step', `${base}      orphan: { type: release }\n`, 'plans.main.applets.orphan: unreachable step'],
    [
      'a missing initial applet',
      base.replace('initial: route', 'initial: start'),
      'initial applet "start" does not exist',
    ],
    [
      'an agent with an unknown skill',
      base.replace('billing: 7', 'cooking: 7'),
      'agents[0].skills: unknown skill "cooking"',
    ],
    ['a skill level out of range', base.replace('billing: 7', 'billing: 11'), 'agents.0.skills.billing'],
    ['a plain-text password', base.replace(`'${HASH}'`, 'hunter2'), 'must be a scrypt hash'],
    ['invalid YAML', 'id: [unclosed', 'not valid YAML'],
    [
      'a queue workbin of an unknown route',
      `${base}workbins: [{ name: Backlog, scope: queue, queue: Nowhere }]\n`,
      'workbins[0] "Backlog": no route named "Nowhere"',
    ],
    [
      'a workbin listed twice',
      `${base}workbins: [{ name: Later, scope: agent }, { name: Later, scope: queue, queue: Main }]\n`,
      'workbins: "Later" is listed twice',
    ],
    ['a workbin of an unknown scope', `${base}workbins: [{ name: Later, scope: team }]\n`, 'workbins.0.scope'],
    [
      'a condition with a broken regular expression',
      base
        .replace(
          'route: { type: acd }',
          "check: { type: condition, branches: [{ when: { field: X, matches: '(' }, next: route }], otherwise: route }\n      route: { type: acd }",
        )
        .replace('initial: route', 'initial: check'),
      'is not a valid regular expression',
    ],
    [
      'an agent in a workgroup that is not a route',
      base.replace('skills: { billing: 7 } }', 'skills: { billing: 7 }, workgroups: [Main, Sales] }'),
      'agents[0].workgroups: no route named "Sales"',
    ],
    [
      'an unknown role',
      base.replace('skills: { billing: 7 } }', 'skills: { billing: 7 }, role: boss }'),
      'agents.0.role',
    ],
  ])('refuses %s with a message naming it', (_case, yaml, message) => {
    expect(problemsOf(yaml).join('\n')).toContain(message);
  });
});

describe('plan checks', () => {
  const plan = (applets: string): string => `
id: acme
accountName: Acme
skills: [Billing]
routes: [{ name: Main, plan: main }]
plans:
  main:
    initial: first
    applets:
${applets}`;

  it.each([
    ['a step that leads nowhere', `      first: { type: set-priority, priority: high, next: ghost }\n`, 'priority'],
    [
      'a next that is not an applet',
      `      first: { type: set-priority, priority: higher, next: ghost }\n`,
      'leads to "ghost", which is not an applet',
    ],
    [
      'a loop',
      `      first: { type: set-priority, priority: higher, next: second }\n      second: { type: set-sla, targetSeconds: 5, next: first }\n`,
      'loops back to this step',
    ],
    [
      'a tagger with an unknown skill',
      `      first: { type: skill-tagger, skills: [{ name: Cooking }], next: q }\n      q: { type: acd }\n`,
      'unknown skill "Cooking"',
    ],
    [
      'a condition without a test',
      `      first: { type: condition, branches: [{ when: { field: x }, next: q }], otherwise: q }\n      q: { type: acd }\n`,
      'needs one of',
    ],
  ])('refuses %s', (_case, applets, message) => {
    expect(problemsOf(plan(applets)).join('\n')).toContain(message);
  });
});
