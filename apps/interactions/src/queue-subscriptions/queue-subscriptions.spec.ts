import { beforeEach, describe, expect, it } from '@jest/globals';
import { MAX_EVENT_BYTES } from '@switchboard/bus';
import type { DomainEvent, InteractionCommandReply, QueueRef, SessionCommandReply } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import type { EventOf } from '../domain/domain-events.js';
import type { Tenant } from '../tenant-registry.js';
import { demoTenantEntry } from '../testing/demo-tenant.js';
import { runOnTenant } from '../testing/run-decision.js';
import { decideTransferToAgent } from '../use-cases/agent-actions.js';
import { decideAgentInteraction } from '../use-cases/agent-interaction.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { decideControl } from '../use-cases/control-interaction.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { decideRelease } from '../use-cases/release-interaction.js';
import { applyToTarget } from '../write-path.js';
import { SNAPSHOT_LIMIT } from './queue-contents.js';
import { SESSION_SUBSCRIPTIONS_TTL_MS, SNAPSHOT_ATTEMPTS, SNAPSHOT_RETRY_BASE_MS } from './queue-subscriptions.js';
import {
  decideCloseSession,
  decideResync,
  decideSubscribeQueues,
  decideUnsubscribeQueues,
  MAX_SUBSCRIPTIONS_PER_SESSION,
} from './session-commands.js';

const T0 = Date.parse('2026-11-21T16:17:00Z');
const AGENT = '5464'; // AgentUsername
const ALICE = '5465';
const SAM = '5468'; // a supervisor
const CRM: QueueRef = { type: 'workgroup', name: 'CrmCallRouting' };

type Contents = EventOf<'session.queue-contents'>['data'];

describe('ICWS queue subscriptions', () => {
  let tenant: Tenant;
  let log: DomainEvent[];

  const run = <R>(decision: Decision<R>, at = T0): { reply: R; events: DomainEvent[] } =>
    runOnTenant(tenant, decision, at, log);
  /** The queue contents messages a step produced, as the notifier would deliver them. */
  const contents = (events: readonly DomainEvent[]): Contents[] =>
    events.flatMap((event) => (event.type === 'session.queue-contents' ? [event.data] : []));
  const subscribe = (
    queues: QueueRef[],
    attributeNames: string[],
    agentId = AGENT,
    subscriptionId = 'sub-1',
    sessionId = 's1',
  ): { reply: SessionCommandReply; events: DomainEvent[] } =>
    run(
      decideSubscribeQueues(
        tenant.state,
        tenant.catalog,
        tenant.queues,
        {
          agentId,
          sessionId,
          subscriptionId,
          queues: queues as [QueueRef, ...QueueRef[]],
          attributeNames: attributeNames as [string, ...string[]],
        },
        T0,
      ),
    );
  const ready = (agentId: string): void => {
    run(decideAgentStateChange(tenant.state, { agentId, change: 'login' }, T0));
    run(decideAgentStateChange(tenant.state, { agentId, change: 'ready' }, T0));
  };
  const dispatch = (externalId: string, at = T0): { id: string; events: DomainEvent[] } => {
    const { reply, events } = run(
      decideDispatch(
        tenant.state,
        tenant.catalog,
        { route: 'CrmCallRouting', externalId, name: `Customer ${externalId}`, properties: {}, skills: [] },
        at,
      ),
      at,
    );
    return { id: idOf(reply), events };
  };
  const idOf = (reply: InteractionCommandReply): string => {
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.interactionId;
  };

  beforeEach(() => {
    tenant = demoTenantEntry();
    log = [];
  });

  it('first sends a snapshot of everything in the queues, every subscribed attribute, echoing the subscription id', () => {
    const first = dispatch('E1');
    const second = dispatch('E2');
    const { reply, events } = subscribe(
      [{ type: 'workgroup', name: 'crmcallrouting' }],
      ['Eic_State', 'Eic_RemoteName'],
    );
    expect(reply).toEqual({ ok: true });
    expect(events[0]).toMatchObject({
      type: 'session.queue-subscription-changed',
      data: { sessionId: 's1', subscriptionId: 'sub-1', subscribed: true, queues: [CRM] },
    });
    expect(contents(events)).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'sub-1',
        isDelta: false,
        added: [
          { interactionId: first.id, attributes: { Eic_State: 'O', Eic_RemoteName: 'Customer E1' } },
          { interactionId: second.id, attributes: { Eic_State: 'O', Eic_RemoteName: 'Customer E2' } },
        ],
      },
    ]);
  });

  it('then sends deltas: what came in with every attribute, only the subscribed attributes that changed, the ids that left', () => {
    subscribe([CRM], ['Eic_State', 'Eic_UserName', 'Eic_RemoteName']);
    const { id, events } = dispatch('E1');
    expect(contents(events)).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'sub-1',
        isDelta: true,
        added: [{ interactionId: id, attributes: { Eic_State: 'O', Eic_UserName: '', Eic_RemoteName: 'Customer E1' } }],
      },
    ]);
    // routing offers it when AgentUsername becomes ready: a routing-driven change
    const offered = run(decideAgentStateChange(tenant.state, { agentId: AGENT, change: 'login' }, T0));
    expect(contents(offered.events)).toEqual([]); // logged in, not ready: nothing moved
    const routed = run(decideAgentStateChange(tenant.state, { agentId: AGENT, change: 'ready' }, T0));
    expect(contents(routed.events)).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'sub-1',
        isDelta: true,
        changed: [{ interactionId: id, attributes: { Eic_State: 'A', Eic_UserName: 'AgentUsername' } }],
      },
    ]);
    // a change to an attribute nobody subscribed to says nothing
    run(decideAgentInteraction(tenant.state, { interactionId: id, agentId: AGENT }, 'accept', T0));
    expect(
      contents(
        run(decideControl(tenant.state, { interactionId: id, agentId: AGENT, control: 'mute', on: true }, T0)).events,
      ),
    ).toEqual([]);
    const released = run(decideRelease(tenant.state, { externalId: 'E1' }, T0));
    expect(contents(released.events)).toEqual([
      { sessionId: 's1', subscriptionId: 'sub-1', isDelta: true, removed: [id] },
    ]);
  });

  it('follows timers: an offer that times out is Offering again', () => {
    ready(AGENT);
    subscribe([CRM], ['Eic_State']);
    const { id } = dispatch('E1');
    const later = T0 + 121_000; // CrmCallRouting's ACD gives 120 s to accept
    const timedOut = run({ events: [], reply: undefined }, later);
    expect(contents(timedOut.events)).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'sub-1',
        isDelta: true,
        changed: [{ interactionId: id, attributes: { Eic_State: 'O' } }],
      },
    ]);
  });

  it('shows a user queue: what is offered to or handled by the agent; a transfer moves it to the other agent’s queue', () => {
    ready(AGENT);
    subscribe([{ type: 'user', name: 'agentusername' }], ['Eic_State'], AGENT, 'mine', 's1');
    subscribe([{ type: 'user', name: 'alice' }], ['Eic_State'], ALICE, 'hers', 's2');
    const { id, events } = dispatch('E1');
    expect(contents(events)).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'mine',
        isDelta: true,
        added: [{ interactionId: id, attributes: { Eic_State: 'A' } }],
      },
    ]);
    run(decideAgentInteraction(tenant.state, { interactionId: id, agentId: AGENT }, 'accept', T0));
    expect(contents(log.slice(-1))).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'mine',
        isDelta: true,
        changed: [{ interactionId: id, attributes: { Eic_State: 'C' } }],
      },
    ]);
    ready(ALICE);
    const moved = run(
      decideTransferToAgent(tenant.state, { interactionId: id, agentId: AGENT, targetAgentId: ALICE }, T0),
    );
    expect(contents(moved.events)).toEqual([
      { sessionId: 's1', subscriptionId: 'mine', isDelta: true, removed: [id] },
      {
        sessionId: 's2',
        subscriptionId: 'hers',
        isDelta: true,
        added: [{ interactionId: id, attributes: { Eic_State: 'A' } }],
      },
    ]);
  });

  it('lets an agent see its own queue and every workgroup, a supervisor anyone’s; an unknown queue is not found', () => {
    expect(subscribe([{ type: 'user', name: 'alice' }], ['Eic_State']).reply).toMatchObject({
      ok: false,
      error: { code: 'queue_not_visible' },
    });
    expect(subscribe([{ type: 'user', name: 'nobody' }], ['Eic_State']).reply).toMatchObject({
      ok: false,
      error: { code: 'queue_not_found' },
    });
    expect(subscribe([{ type: 'workgroup', name: 'Nowhere' }], ['Eic_State']).reply).toMatchObject({
      ok: false,
      error: { code: 'queue_not_found' },
    });
    expect(subscribe([{ type: 'user', name: 'alice' }, CRM], ['Eic_State'], SAM).reply).toEqual({ ok: true });
    expect(subscribe([{ type: 'user', name: 'AGENTUSERNAME' }], ['Eic_State'], AGENT, 'x', 's3').reply).toEqual({
      ok: true,
    });
  });

  it('replaces a subscription under the same id: a new snapshot, then deltas of the new attributes only', () => {
    const { id } = dispatch('E1');
    subscribe([CRM], ['Eic_State']);
    const replaced = subscribe([CRM], ['Eic_RemoteName', 'eic_state']);
    expect(contents(replaced.events)).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'sub-1',
        isDelta: false,
        added: [{ interactionId: id, attributes: { Eic_RemoteName: 'Customer E1', eic_state: 'O' } }],
      },
    ]);
    ready(ALICE);
    expect(contents(log.slice(-3))).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'sub-1',
        isDelta: true,
        changed: [{ interactionId: id, attributes: { eic_state: 'A' } }],
      },
    ]);
  });

  it('ends a subscription on unsubscribe, and all of a session’s on close; resync sends each a fresh snapshot', () => {
    const { id } = dispatch('E1');
    subscribe([CRM], ['Eic_State'], AGENT, 'a');
    subscribe([CRM], ['Eic_RemoteName'], AGENT, 'b');
    const resynced = run(decideResync(tenant.state, tenant.queues, { sessionId: 's1' }, T0));
    expect(contents(resynced.events).map((c) => [c.subscriptionId, c.isDelta, c.added])).toEqual([
      ['a', false, [{ interactionId: id, attributes: { Eic_State: 'O' } }]],
      ['b', false, [{ interactionId: id, attributes: { Eic_RemoteName: 'Customer E1' } }]],
    ]);
    const ended = run(
      decideUnsubscribeQueues(
        tenant.state,
        tenant.queues,
        { agentId: AGENT, sessionId: 's1', subscriptionId: 'a' },
        T0,
      ),
    );
    expect(ended.events).toMatchObject([
      { type: 'session.queue-subscription-changed', data: { subscriptionId: 'a', subscribed: false } },
    ]);
    expect(contents(dispatch('E2').events).map((c) => c.subscriptionId)).toEqual(['b']);
    expect(
      run(
        decideUnsubscribeQueues(
          tenant.state,
          tenant.queues,
          { agentId: ALICE, sessionId: 's1', subscriptionId: 'b' },
          T0,
        ),
      ).reply,
    ).toMatchObject({ error: { code: 'invalid_command' } });
    expect(run(decideCloseSession(tenant.state, { sessionId: 's1' }, T0)).events).toMatchObject([
      { type: 'session.closed', data: { sessionId: 's1' } },
    ]);
    expect(contents(dispatch('E3').events)).toEqual([]);
    expect(tenant.queues.subscriptionsOf('s1')).toEqual([]);
  });

  it('drops a session 12 hours after it last subscribed, with the closed event the notifier needs', () => {
    subscribe([CRM], ['Eic_State']);
    subscribe([CRM], ['Eic_State'], ALICE, 'sub-2', 's2');
    const almost = dispatch('E1', T0 + SESSION_SUBSCRIPTIONS_TTL_MS - 1);
    expect(contents(almost.events)).toHaveLength(2);
    const later = dispatch('E2', T0 + SESSION_SUBSCRIPTIONS_TTL_MS);
    expect(later.events.flatMap((e) => (e.type === 'session.closed' ? [e.data.sessionId] : []))).toEqual(['s1', 's2']);
    expect(contents(later.events)).toEqual([]);
    expect(tenant.queues.subscriptionsOf('s1')).toEqual([]);
  });

  it('is rebuilt from the log after a restart, and every subscription is sent a fresh snapshot before any delta', () => {
    ready(ALICE);
    subscribe([CRM], ['Eic_State']);
    const { id } = dispatch('E1'); // offered to alice
    const restored = demoTenantEntry();
    for (const event of log) applyToTarget(restored, event);
    for (const projection of restored.projections) projection.restored(restored.state, T0);
    tenant = restored;
    const next = run(decideAgentInteraction(tenant.state, { interactionId: id, agentId: ALICE }, 'accept', T0));
    expect(contents(next.events)).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'sub-1',
        isDelta: false,
        added: [{ interactionId: id, attributes: { Eic_State: 'C' } }],
      },
    ]);
    const after = run(
      decideControl(tenant.state, { interactionId: id, agentId: ALICE, control: 'record', on: true }, T0),
    );
    expect(contents(after.events)).toEqual([]);
    expect(contents(dispatch('E2').events)).toMatchObject([
      { isDelta: true, added: [{ attributes: { Eic_State: 'O' } }] },
    ]);
  });

  it('after a restart, snapshots what this command left in the queues: an interaction it moved out is not in it', () => {
    ready(ALICE);
    subscribe([{ type: 'user', name: 'alice' }], ['Eic_State'], ALICE);
    const { id } = dispatch('E1'); // offered to alice: in her queue
    const restored = demoTenantEntry();
    for (const event of log) applyToTarget(restored, event);
    for (const projection of restored.projections) projection.restored(restored.state, T0);
    tenant = restored;
    // the first command after the restart takes it out of alice's queue
    const rejected = run(decideAgentInteraction(tenant.state, { interactionId: id, agentId: ALICE }, 'reject', T0));
    expect(contents(rejected.events)).toEqual([
      { sessionId: 's1', subscriptionId: 'sub-1', isDelta: false, added: [] },
    ]);
  });

  it('cuts a snapshot at the limit and says so; a session holds a bounded number of subscriptions', () => {
    for (let i = 0; i < SNAPSHOT_LIMIT + 1; i += 1) dispatch(`BULK-${String(i)}`);
    const [snapshot] = contents(subscribe([CRM], ['Eic_State']).events);
    expect(snapshot?.added).toHaveLength(SNAPSHOT_LIMIT);
    expect(snapshot?.limitExceeded).toBe(true);
    for (let i = 1; i < MAX_SUBSCRIPTIONS_PER_SESSION; i += 1)
      expect(
        subscribe([{ type: 'user', name: 'AgentUsername' }], ['Eic_State'], AGENT, `more-${String(i)}`).reply,
      ).toEqual({ ok: true });
    expect(
      subscribe([{ type: 'user', name: 'AgentUsername' }], ['Eic_State'], AGENT, 'one-too-many').reply,
    ).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(subscribe([{ type: 'user', name: 'AgentUsername' }], ['Eic_RemoteName'], AGENT, 'more-1').reply).toEqual({
      ok: true,
    }); // replacing one is fine
  });

  it('refuses a subscription that names an attribute twice when case is ignored: its value would show twice in every message', () => {
    expect(subscribe([CRM], ['Eic_State', 'Notes', 'NOTES']).reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_command', message: expect.stringContaining('"NOTES" more than once') },
    });
    expect(tenant.queues.subscription('s1', 'sub-1')).toBeUndefined();
  });

  it('cuts contents too large for one event into several, each storable: the first a snapshot, the rest adding to it', () => {
    // the poison subscription: one attribute name of 99,000 characters, then 12 work items
    const name = 'N'.repeat(99_000);
    const items = Array.from({ length: 12 }, (_, i) => dispatch(`BIG-${String(i)}`).id);
    const { reply, events } = subscribe([CRM], ['Eic_State', name]);
    expect(reply).toEqual({ ok: true });
    const messages = contents(events);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.map((message) => message.isDelta)).toEqual([false, ...messages.slice(1).map(() => true)]);
    expect(messages.flatMap((message) => (message.added ?? []).map((entry) => entry.interactionId))).toEqual(items);
    for (const event of events) expect(Buffer.byteLength(JSON.stringify(event))).toBeLessThan(MAX_EVENT_BYTES);
    // what the client was shown is the whole snapshot: nothing comes again as added
    const more = dispatch('BIG-12');
    expect(
      contents(more.events).flatMap((message) => (message.added ?? []).map((entry) => entry.interactionId)),
    ).toEqual([more.id]);
  });

  it('owes a snapshot that could not be stored again only after a backoff, and gives it up after a bounded number of tries', () => {
    subscribe([CRM], ['Eic_State']);
    dispatch('E1');
    tenant.queues.restored(tenant.state, T0); // as after a restart: every subscription is owed a snapshot
    let at = T0;
    const owed = (): DomainEvent[] =>
      tenant.queues.follow(tenant.state, [], at).filter((event) => event.type === 'session.queue-contents');
    for (let failures = 1; failures < SNAPSHOT_ATTEMPTS; failures += 1) {
      const snapshot = owed();
      expect(contents(snapshot)).toMatchObject([{ isDelta: false }]);
      tenant.queues.notStored(snapshot, at);
      const due = tenant.queues.nextRetryAt() ?? 0;
      expect(due - at).toBeGreaterThanOrEqual(SNAPSHOT_RETRY_BASE_MS);
      at = due - 1;
      expect(owed()).toEqual([]); // not before its time
      at = due;
    }
    tenant.queues.notStored(owed(), at);
    expect(tenant.queues.nextRetryAt()).toBeUndefined();
    expect(owed()).toEqual([]);
    // the subscription itself goes on: the next change is a delta
    const { id, events } = dispatch('E2', at);
    expect(contents(events)).toMatchObject([{ isDelta: true, added: [{ interactionId: id }] }]);
  });
});
