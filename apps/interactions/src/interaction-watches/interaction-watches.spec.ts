import { beforeEach, describe, expect, it } from '@jest/globals';
import type { DomainEvent, InteractionCommandReply, SessionCommandReply } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import type { EventOf } from '../domain/domain-events.js';
import { SESSION_SUBSCRIPTIONS_TTL_MS } from '../queue-subscriptions/queue-subscriptions.js';
import type { Tenant } from '../tenant-registry.js';
import { contentsOf, newTenant } from '../tenant.js';
import { demoTenantConfig, demoTenantEntry, demoTenantWithSupervisorConfig } from '../testing/demo-tenant.js';
import { runOnTenant } from '../testing/run-decision.js';
import { decideAgentInteraction } from '../use-cases/agent-interaction.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { decideControl } from '../use-cases/control-interaction.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { decideRelease } from '../use-cases/release-interaction.js';
import { applyToTarget } from '../write-path.js';
import {
  decideResyncWatches,
  decideUnwatchInteraction,
  decideWatchInteraction,
  MAX_WATCHES_PER_SESSION,
} from './watch-commands.js';

const T0 = Date.parse('2026-11-21T16:17:00Z');
const DAY_MS = 86_400_000;
const AGENT = '5464'; // AgentUsername
const ALICE = '5465';

type Changed = EventOf<'session.interaction-changed'>['data'];
type WatchChanged = EventOf<'session.interaction-watch-changed'>['data'];

describe('ICWS interaction watches', () => {
  let tenant: Tenant;
  let log: DomainEvent[];

  const run = <R>(decision: Decision<R>, at = T0): { reply: R; events: DomainEvent[] } =>
    runOnTenant(tenant, decision, at, log);
  /** The watch messages a step produced, as the notifier would deliver them. */
  const changes = (events: readonly DomainEvent[]): Changed[] =>
    events.flatMap((event) => (event.type === 'session.interaction-changed' ? [event.data] : []));
  const watchFacts = (events: readonly DomainEvent[]): WatchChanged[] =>
    events.flatMap((event) => (event.type === 'session.interaction-watch-changed' ? [event.data] : []));
  const watch = (
    interactionId: string,
    attributeNames: string[],
    sessionId = 's1',
    agentId = AGENT,
    at = T0,
  ): { reply: SessionCommandReply; events: DomainEvent[] } =>
    run(
      decideWatchInteraction(
        tenant.state,
        tenant.watches,
        { agentId, sessionId, interactionId, attributeNames: attributeNames as [string, ...string[]] },
        at,
      ),
      at,
    );
  const ready = (agentId: string, at = T0): void => {
    run(decideAgentStateChange(tenant.state, { agentId, change: 'login' }, at), at);
    run(decideAgentStateChange(tenant.state, { agentId, change: 'ready' }, at), at);
  };
  const dispatch = (externalId: string, at = T0): string => {
    const { reply } = run(
      decideDispatch(
        tenant.state,
        tenant.catalog,
        { route: 'CrmCallRouting', externalId, name: `Customer ${externalId}`, properties: {}, skills: [] },
        at,
      ),
      at,
    );
    return idOf(reply);
  };
  const idOf = (reply: InteractionCommandReply): string => {
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.interactionId;
  };

  beforeEach(() => {
    tenant = demoTenantEntry();
    log = [];
  });

  it('first tells every watched attribute (isDelta false), then only those that changed; others say nothing', () => {
    const id = dispatch('E1');
    const { reply, events } = watch(id, ['Eic_State', 'Eic_UserName', 'Eic_RemoteName']);
    expect(reply).toEqual({ ok: true });
    expect(watchFacts(events)).toEqual([
      {
        sessionId: 's1',
        agentId: AGENT,
        interactionId: id,
        watching: true,
        attributeNames: ['Eic_State', 'Eic_UserName', 'Eic_RemoteName'],
      },
    ]);
    expect(changes(events)).toEqual([
      {
        sessionId: 's1',
        interactionId: id,
        isDelta: false,
        attributes: { Eic_State: 'O', Eic_UserName: '', Eic_RemoteName: 'Customer E1' },
      },
    ]);
    // routing offers it when AgentUsername becomes ready: a change routing made, not a command on the interaction
    run(decideAgentStateChange(tenant.state, { agentId: AGENT, change: 'login' }, T0));
    const routed = run(decideAgentStateChange(tenant.state, { agentId: AGENT, change: 'ready' }, T0));
    expect(changes(routed.events)).toEqual([
      {
        sessionId: 's1',
        interactionId: id,
        isDelta: true,
        attributes: { Eic_State: 'A', Eic_UserName: 'AgentUsername' },
      },
    ]);
    run(decideAgentInteraction(tenant.state, { interactionId: id, agentId: AGENT }, 'accept', T0));
    expect(changes(log.slice(-1))).toEqual([
      { sessionId: 's1', interactionId: id, isDelta: true, attributes: { Eic_State: 'C' } },
    ]);
    // mute changes Eic_Muted, which nobody watches
    const muted = run(
      decideControl(tenant.state, { interactionId: id, agentId: AGENT, control: 'mute', on: true }, T0),
    );
    expect(changes(muted.events)).toEqual([]);
  });

  it('ends the watch when the interaction ends: the fact says deallocated, and nothing more comes of it', () => {
    const id = dispatch('E1');
    const other = dispatch('E2');
    watch(id, ['Eic_State']);
    watch(other, ['Eic_State']);
    const released = run(decideRelease(tenant.state, { externalId: 'E1' }, T0));
    expect(watchFacts(released.events)).toEqual([
      { sessionId: 's1', agentId: AGENT, interactionId: id, watching: false, deallocated: true },
    ]);
    expect(changes(released.events)).toEqual([]);
    expect(tenant.watches.watch('s1', id)).toBeUndefined();
    expect(tenant.watches.watchesOf('s1').map((w) => w.interactionId)).toEqual([other]);
  });

  it('refuses to watch what the agent may not read, as the attributes are refused; a missing one is not found', () => {
    expect(watch('999999', ['Eic_State']).reply).toMatchObject({
      ok: false,
      error: { code: 'interaction_not_found' },
    });
    const id = dispatch('E1');
    expect(watch(id, ['Eic_State'], 's1', 'no-such-agent').reply).toMatchObject({
      ok: false,
      error: { code: 'agent_not_found' },
    });
    expect(watch(id, ['Eic_State', 'notes', 'NOTES']).reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_command', message: expect.stringContaining('"NOTES" more than once') },
    });
    expect(watch(id, ['Eic_State'], 's1', AGENT).reply).toEqual({ ok: true });
    expect(watch(id, ['Eic_State'], 's1', ALICE).reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_command', message: 'the session belongs to another agent' },
    });
  });

  it('ends the watch when its agent may no longer see the interaction, as a read would be refused (lost rights)', () => {
    // alice is a member of SendSMS only: she sees a CrmCallRouting interaction while it is offered to her
    tenant = demoTenantEntry({
      ...demoTenantWithSupervisorConfig,
      agents: demoTenantWithSupervisorConfig.agents.map((agent) =>
        agent.id === ALICE ? { ...agent, workgroups: ['SendSMS'] } : agent,
      ),
    });
    ready(ALICE);
    const id = dispatch('E1');
    expect(watch(id, ['Eic_State'], 's1', ALICE).reply).toEqual({ ok: true });
    const rejected = run(decideAgentInteraction(tenant.state, { interactionId: id, agentId: ALICE }, 'reject', T0));
    expect(watchFacts(rejected.events)).toEqual([
      { sessionId: 's1', agentId: ALICE, interactionId: id, watching: false, lostRights: true },
    ]);
    expect(changes(rejected.events)).toEqual([]);
    expect(watch(id, ['Eic_State'], 's1', ALICE).reply).toMatchObject({
      ok: false,
      error: { code: 'interaction_not_found' },
    });
  });

  it('holds a bounded number of watches per session; replacing one is not one more', () => {
    const ids = Array.from({ length: MAX_WATCHES_PER_SESSION + 1 }, (_, i) => dispatch(`E${String(i)}`));
    for (const id of ids.slice(0, MAX_WATCHES_PER_SESSION))
      expect(watch(id, ['Eic_State']).reply).toEqual({ ok: true });
    expect(watch(ids[MAX_WATCHES_PER_SESSION] ?? '', ['Eic_State']).reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_command' },
    });
    const replaced = watch(ids[0] ?? '', ['Eic_RemoteName']);
    expect(replaced.reply).toEqual({ ok: true });
    expect(changes(replaced.events)).toMatchObject([{ isDelta: false, attributes: { Eic_RemoteName: 'Customer E0' } }]);
    expect(watch(ids[MAX_WATCHES_PER_SESSION] ?? '', ['Eic_State'], 's2').reply).toEqual({ ok: true });
  });

  it('stops on unwatch and with its session; a resync tells every watched value again', () => {
    ready(ALICE);
    const id = dispatch('E1'); // offered to alice
    watch(id, ['Eic_State'], 's1');
    watch(id, ['Eic_RemoteName'], 's2', ALICE);
    const resynced = run(decideResyncWatches(tenant.state, tenant.watches, { sessionId: 's1' }, T0));
    expect(changes(resynced.events)).toEqual([
      { sessionId: 's1', interactionId: id, isDelta: false, attributes: { Eic_State: 'A' } },
    ]);
    const ended = run(
      decideUnwatchInteraction(
        tenant.state,
        tenant.watches,
        { agentId: AGENT, sessionId: 's1', interactionId: id },
        T0,
      ),
    );
    expect(watchFacts(ended.events)).toEqual([{ sessionId: 's1', agentId: AGENT, interactionId: id, watching: false }]);
    const accepted = run(decideAgentInteraction(tenant.state, { interactionId: id, agentId: ALICE }, 'accept', T0));
    expect(changes(accepted.events)).toEqual([]); // s2 watches the name only
    expect(
      run(
        decideUnwatchInteraction(
          tenant.state,
          tenant.watches,
          { agentId: AGENT, sessionId: 's1', interactionId: id },
          T0,
        ),
      ).events,
    ).toEqual([]); // already ended
    expect(tenant.watches.watchesOf('s2')).toHaveLength(1);
  });

  it('ends a watch 12 hours after it was put', () => {
    const id = dispatch('E1');
    watch(id, ['Eic_State']);
    const later = run({ events: [], reply: undefined }, T0 + SESSION_SUBSCRIPTIONS_TTL_MS);
    expect(watchFacts(later.events)).toEqual([{ sessionId: 's1', agentId: AGENT, interactionId: id, watching: false }]);
    expect(tenant.watches.watchesOf('s1')).toEqual([]);
  });

  it('is rebuilt from the log, or from a snapshot, after a restart and tells every watched value afresh', () => {
    ready(ALICE);
    const id = dispatch('E1'); // offered to alice
    watch(id, ['Eic_State']);
    const fromLog = demoTenantEntry();
    for (const event of log) applyToTarget(fromLog, event);
    const fromSnapshot = newTenant(demoTenantConfig, DAY_MS, {
      contents: structuredClone(contentsOf(tenant)),
      at: T0,
    });
    for (const restored of [fromLog, fromSnapshot]) {
      for (const projection of restored.projections) projection.restored(restored.state, T0);
      tenant = restored;
      const next = run(
        decideControl(tenant.state, { interactionId: id, agentId: ALICE, control: 'mute', on: true }, T0),
      );
      expect(changes(next.events)).toEqual([
        { sessionId: 's1', interactionId: id, isDelta: false, attributes: { Eic_State: 'A' } },
      ]);
    }
  });
});
