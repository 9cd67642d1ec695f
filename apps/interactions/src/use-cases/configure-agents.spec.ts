import { describe, expect, it } from '@jest/globals';
import type { AgentConfigReply, DomainEvent } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import type { TenantState } from '../domain/tenant-state.js';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT } from '../snapshots/snapshot-codec.js';
import { contentsOf, newTenant, type Tenant, type TenantContents } from '../tenant.js';
import { DAY_MS, demoTenantEntry, demoTenantWithSupervisorConfig } from '../testing/demo-tenant.js';
import { runCommand } from '../write-path.js';
import { decideAgentInteraction } from './agent-interaction.js';
import { decideAgentStateChange } from './change-agent-state.js';
import { agentConfig, agentConfigs, decideConfigureAgent, decideRemoveAgent } from './configure-agents.js';
import { decideDispatch } from './dispatch-interaction.js';

/** Agents configured while the service runs (issue 17): configuration is events in the tenant's log. */

const T0 = Date.parse('2026-03-01T09:00:00Z');
const HASH = 'scrypt$16384$8$1$bmV3$bmV3aGFzaA==';

/** Runs one command on the tenant as the write path does (decide, apply, route); its events and reply. */
function run<R>(tenant: Tenant, decide: (state: TenantState) => Decision<R>, at = T0) {
  const outcome = runCommand(tenant, decide, at, () => undefined);
  if (outcome.kind !== 'applied') throw new Error(JSON.stringify(outcome.reply));
  return { reply: outcome.reply, events: outcome.domain };
}

const configure = (tenant: Tenant, agent: Record<string, unknown>, at = T0, ifRevision?: number) =>
  run(
    tenant,
    (state) =>
      decideConfigureAgent(
        state,
        tenant.catalog,
        {
          mode: agent.passwordHash === undefined ? 'replace' : 'create',
          agent,
          ...(ifRevision === undefined ? {} : { ifRevision }),
        },
        at,
      ),
    at,
  );

const readyAgent = (tenant: Tenant, agentId: string, at = T0): void => {
  for (const change of ['login', 'ready'] as const)
    run(tenant, (state) => decideAgentStateChange(state, { agentId, change }, at), at);
};

const dispatch = (tenant: Tenant, externalId: string, skills: string[], at = T0) =>
  run(
    tenant,
    (state) =>
      decideDispatch(
        state,
        tenant.catalog,
        { route: 'CrmCallRouting', externalId, properties: {}, skills: skills.map((name) => ({ name })) },
        at,
      ),
    at,
  ).events;

const offered = (events: readonly DomainEvent[]) =>
  events.flatMap((e) =>
    e.type === 'interaction.offered' ? [{ agentId: e.data.agentId, level: e.data.explanation.chosen.skillLevel }] : [],
  );

const types = (events: readonly DomainEvent[]) => events.map((e) => e.type);

const bea = { id: '7001', username: 'bea', passwordHash: HASH, skills: { skillMandatory: 4 } };

describe('an agent created through the admin API', () => {
  it('is one agent.configured event carrying a tenant file’s agent, and is routed to once ready', () => {
    const tenant = demoTenantEntry();
    const { reply, events } = configure(tenant, bea);
    expect(types(events)).toEqual(['agent.configured']);
    expect(events[0]).toMatchObject({ data: { agent: { ...bea, role: 'agent' }, revision: 1 } });
    expect(reply).toEqual({
      ok: true,
      agent: { id: '7001', username: 'bea', skills: { skillMandatory: 4 }, role: 'agent', revision: 1 },
    });

    readyAgent(tenant, '7001', T0 + 1);
    expect(offered(dispatch(tenant, 'E1', ['skillMandatory'], T0 + 2))).toEqual([{ agentId: '7001', level: 4 }]);
  });

  it('is refused with the tenant file’s messages, and when its username or id is taken', () => {
    const tenant = demoTenantEntry();
    const refusal = (agent: Record<string, unknown>): AgentConfigReply =>
      decideConfigureAgent(tenant.state, tenant.catalog, { mode: 'create', agent }, T0).reply;
    expect(refusal({ ...bea, skills: { cooking: 3 }, workgroups: ['Nowhere'] })).toEqual({
      ok: false,
      error: {
        code: 'invalid_command',
        message: 'skills: unknown skill "cooking"; workgroups: no route named "Nowhere"',
      },
    });
    expect(refusal({ ...bea, username: 'ALICE' })).toMatchObject({ error: { code: 'agent_exists' } });
    expect(refusal({ ...bea, id: '5465' })).toMatchObject({ error: { code: 'agent_exists' } });
  });
});

describe('an agent’s configuration replaced', () => {
  it('counts for the next routing decision: a level raised wins it, as the explanation says', () => {
    const tenant = demoTenantEntry();
    configure(tenant, bea);
    readyAgent(tenant, '5464', T0 + 1); // AgentUsername: skillMandatory 5, idle longest
    readyAgent(tenant, '7001', T0 + 2);
    expect(offered(dispatch(tenant, 'E1', ['skillMandatory'], T0 + 3))).toEqual([{ agentId: '5464', level: 5 }]);

    const { reply } = configure(tenant, { username: 'BEA', skills: { skillMandatory: 9 } }, T0 + 4, 1);
    expect(reply).toMatchObject({ ok: true, agent: { username: 'BEA', skills: { skillMandatory: 9 }, revision: 2 } });
    expect(offered(dispatch(tenant, 'E2', ['skillMandatory'], T0 + 5))).toEqual([{ agentId: '7001', level: 9 }]);
  });

  it('counts for an interaction already waiting: a skill given lets it be offered at once', () => {
    const tenant = demoTenantEntry();
    readyAgent(tenant, '5465'); // alice: no skills
    expect(offered(dispatch(tenant, 'E1', ['skillOptional'], T0 + 1))).toEqual([]);
    const { events } = configure(tenant, { username: 'alice', skills: { skillOptional: 6 } }, T0 + 2);
    expect(offered(events)).toEqual([{ agentId: '5465', level: 6 }]);
  });

  it('keeps the password hash when none is given, and refuses a stale revision or a changed id', () => {
    const tenant = demoTenantEntry();
    configure(tenant, bea);
    configure(tenant, { username: 'bea', skills: {} }, T0 + 1, 1);
    expect(tenant.state.agentConfig('7001')?.passwordHash).toBe(HASH);
    const attempt = (agent: Record<string, unknown>, ifRevision?: number) =>
      decideConfigureAgent(
        tenant.state,
        tenant.catalog,
        { mode: 'replace', agent, ...(ifRevision === undefined ? {} : { ifRevision }) },
        T0 + 2,
      );
    expect(attempt({ username: 'bea', skills: {} }, 1)).toEqual({
      events: [],
      reply: {
        ok: false,
        error: { code: 'precondition_failed', message: 'agent "bea" is at revision 2: read it again' },
      },
    });
    expect(attempt({ username: 'bea', id: '9', skills: {} }).reply).toMatchObject({
      error: { code: 'invalid_command' },
    });
    expect(attempt({ username: 'nobody', skills: {} }).reply).toMatchObject({ error: { code: 'agent_not_found' } });
  });
});

describe('an agent removed through the admin API', () => {
  it('is logged out, its offer revoked and given to another agent, and is gone', () => {
    const tenant = demoTenantEntry();
    readyAgent(tenant, '5464', T0);
    expect(offered(dispatch(tenant, 'E1', [], T0 + 1))).toEqual([{ agentId: '5464', level: 0 }]);
    readyAgent(tenant, '5465', T0 + 2);

    const { reply, events } = run(
      tenant,
      (state) => decideRemoveAgent(state, { username: 'agentusername', ifRevision: 0 }, T0 + 3),
      T0 + 3,
    );
    expect(reply).toMatchObject({ ok: true, agent: { id: '5464', username: 'AgentUsername', revision: 0 } });
    expect(types(events)).toEqual([
      'interaction.offer-revoked',
      'agent.state-changed',
      'agent.removed',
      'interaction.offered',
    ]);
    expect(offered(events)).toEqual([{ agentId: '5465', level: 0 }]);
    expect(tenant.state.agentIdOf('AgentUsername')).toBeUndefined();
    expect(tenant.state.engine.agent('5464')).toBeUndefined();
    expect(agentConfig(tenant.state, 'AgentUsername')).toMatchObject({ ok: false, error: { code: 'agent_not_found' } });
  });

  it('puts back in line what it was connected to', () => {
    const tenant = demoTenantEntry();
    readyAgent(tenant, '5464');
    const interactionId = dispatch(tenant, 'E1', [], T0 + 1).find((e) => e.type === 'interaction.queued')?.data
      .interaction.id;
    if (interactionId === undefined) throw new Error('not dispatched');
    run(tenant, (state) => decideAgentInteraction(state, { interactionId, agentId: '5464' }, 'accept', T0 + 1), T0 + 1);
    expect(tenant.state.interactions.get(interactionId)?.lifecycle.phase).toBe('connected');
    const removal = run(tenant, (state) => decideRemoveAgent(state, { username: 'AgentUsername' }, T0 + 2), T0 + 2);
    expect(types(removal.events)).toContain('agent.removed');
    expect(tenant.state.interactions.get(interactionId)?.lifecycle.phase).toBe('queued');
    expect(tenant.state.engine.interaction(interactionId, T0 + 2)?.status).toBe('waiting');
  });
});

describe('the agents as listed and restored', () => {
  it('lists a page by username with each revision, and a restart from a snapshot keeps every change', async () => {
    const tenant = demoTenantEntry();
    configure(tenant, bea);
    configure(tenant, { username: 'alice', skills: { skillOptional: 2 } }, T0 + 1);
    run(tenant, (state) => decideRemoveAgent(state, { username: 'sam' }, T0 + 2), T0 + 2);

    const listed = agentConfigs(tenant.state, { offset: 0, limit: 2 });
    expect(listed).toEqual({
      ok: true,
      total: 3,
      agents: [
        expect.objectContaining({ username: 'AgentUsername', revision: 0 }),
        expect.objectContaining({ username: 'alice', skills: { skillOptional: 2 }, revision: 2 }),
      ],
    });
    expect(agentConfigs(tenant.state, { offset: 2, limit: 2 })).toMatchObject({ agents: [{ username: 'bea' }] });

    const bytes = await encodeSnapshot({
      format: SNAPSHOT_FORMAT,
      tenant: 'demo',
      seq: 9,
      takenAt: T0 + 3,
      contents: contentsOf(tenant),
    });
    const decoded = await decodeSnapshot(bytes, 'demo');
    if (typeof decoded === 'string') throw new Error(decoded);
    const restarted = newTenant(demoTenantWithSupervisorConfig, DAY_MS, { contents: decoded.contents, at: T0 + 3 });
    expect(agentConfigs(restarted.state, { offset: 0, limit: 10 })).toEqual(
      agentConfigs(tenant.state, { offset: 0, limit: 10 }),
    );
    expect(restarted.state.nextConfigRevision()).toBe(4);
    readyAgent(restarted, '7001', T0 + 4);
    expect(offered(dispatch(restarted, 'E1', ['skillMandatory'], T0 + 5))).toEqual([{ agentId: '7001', level: 4 }]);
  });

  it('reads a format 3 snapshot (before agents were configured live) as the tenant file’s agents', async () => {
    const tenant = demoTenantEntry();
    const { roster: _roster, ...format3State } = contentsOf(tenant).state;
    const bytes = await encodeSnapshot({
      format: 3,
      tenant: 'demo',
      seq: 9,
      takenAt: T0,
      contents: { ...contentsOf(tenant), state: format3State as unknown as TenantContents['state'] },
    });
    const decoded = await decodeSnapshot(bytes, 'demo');
    if (typeof decoded === 'string') throw new Error(decoded);
    const restarted = newTenant(demoTenantWithSupervisorConfig, DAY_MS, { contents: decoded.contents, at: T0 });
    expect(agentConfigs(restarted.state, { offset: 0, limit: 10 })).toMatchObject({ total: 3 });
    expect(restarted.state.nextConfigRevision()).toBe(1);
  });

  it('replays to the same roster: the events alone rebuild it', () => {
    const tenant = demoTenantEntry();
    const logged: DomainEvent[] = [
      ...configure(tenant, bea).events,
      ...configure(tenant, { username: 'bea', skills: { skillOptional: 3 } }, T0 + 1).events,
      ...run(tenant, (state) => decideRemoveAgent(state, { username: 'alice' }, T0 + 2), T0 + 2).events,
    ];
    const replayed = demoTenantEntry();
    for (const event of logged) replayed.state.apply(event);
    expect(agentConfigs(replayed.state, { offset: 0, limit: 10 })).toEqual(
      agentConfigs(tenant.state, { offset: 0, limit: 10 }),
    );
  });
});
