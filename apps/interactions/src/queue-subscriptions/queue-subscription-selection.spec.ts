// Issue 15, point 3: a queue subscription's attributeFilter and queueResultLimit are applied, in its snapshot and
// in every delta after it.
import { beforeEach, describe, expect, it } from '@jest/globals';
import type {
  DomainEvent,
  InteractionCommandReply,
  QueueFilter,
  QueueRef,
  QueueResultLimit,
  SessionCommandReply,
} from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import type { EventOf } from '../domain/domain-events.js';
import type { Tenant } from '../tenant-registry.js';
import { demoTenantEntry } from '../testing/demo-tenant.js';
import { runOnTenant } from '../testing/run-decision.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { decideRelease } from '../use-cases/release-interaction.js';
import { applyToTarget } from '../write-path.js';
import { decideSubscribeQueues } from './session-commands.js';

const T0 = Date.parse('2026-11-21T16:17:00Z');
const AGENT = '5464'; // AgentUsername
const CRM: QueueRef = { type: 'workgroup', name: 'CrmCallRouting' };

type Contents = EventOf<'session.queue-contents'>['data'];

const named = (value: string): QueueFilter => ({ attribute: 'eic_remotename', equals: true, value });
const state = (value: string, equals = true): QueueFilter => ({ attribute: 'Eic_State', equals, value });

describe('ICWS queue subscriptions with a filter and a result limit', () => {
  let tenant: Tenant;
  let log: DomainEvent[];
  /** Interaction ids by external id. */
  let ids: Map<string, string>;

  const run = <R>(decision: Decision<R>): { reply: R; events: DomainEvent[] } => runOnTenant(tenant, decision, T0, log);
  const contents = (events: readonly DomainEvent[]): Contents[] =>
    events.flatMap((event) => (event.type === 'session.queue-contents' ? [event.data] : []));
  /** The messages' entries as external ids: added, changed and removed, with the limit flag where one is. */
  const told = (events: readonly DomainEvent[]) =>
    contents(events).map(({ isDelta, added, changed, removed, limitExceeded }) => ({
      isDelta,
      ...(added ? { added: added.map((entry) => externalOf(entry.interactionId)) } : {}),
      ...(changed ? { changed: changed.map((entry) => externalOf(entry.interactionId)) } : {}),
      ...(removed ? { removed: removed.map(externalOf) } : {}),
      ...(limitExceeded === undefined ? {} : { limitExceeded }),
    }));
  const externalOf = (interactionId: string): string =>
    [...ids].find(([, id]) => id === interactionId)?.[0] ?? interactionId;
  const subscribe = (
    selection: { resultLimit?: QueueResultLimit; attributeFilter?: QueueFilter },
    attributeNames: [string, ...string[]] = ['Eic_RemoteName'],
  ): { reply: SessionCommandReply; events: DomainEvent[] } =>
    run(
      decideSubscribeQueues(
        tenant.state,
        tenant.catalog,
        tenant.queues,
        { agentId: AGENT, sessionId: 's1', subscriptionId: 'sub-1', queues: [CRM], attributeNames, ...selection },
        T0,
      ),
    );
  const dispatch = (externalId: string): DomainEvent[] => {
    const { reply, events } = run(
      decideDispatch(
        tenant.state,
        tenant.catalog,
        { route: 'CrmCallRouting', externalId, name: `Customer ${externalId}`, properties: {}, skills: [] },
        T0,
      ),
    );
    ids.set(externalId, idOf(reply));
    return events;
  };
  const release = (externalId: string): DomainEvent[] => run(decideRelease(tenant.state, { externalId }, T0)).events;
  const idOf = (reply: InteractionCommandReply): string => {
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.interactionId;
  };

  beforeEach(() => {
    tenant = demoTenantEntry();
    log = [];
    ids = new Map();
  });

  it('shows only what the filter keeps, on attributes it does not subscribe, in the snapshot and in deltas', () => {
    for (const id of ['E1', 'E2', 'E3']) dispatch(id);
    const filter: QueueFilter = {
      match: 'all',
      items: [{ match: 'any', items: [named('Customer E1'), named('Customer E3'), named('Customer E5')] }, state('O')],
    };
    const { events } = subscribe({ attributeFilter: filter });
    expect(contents(events)).toEqual([
      {
        sessionId: 's1',
        subscriptionId: 'sub-1',
        isDelta: false,
        added: [
          { interactionId: ids.get('E1'), attributes: { Eic_RemoteName: 'Customer E1' } },
          { interactionId: ids.get('E3'), attributes: { Eic_RemoteName: 'Customer E3' } },
        ],
      },
    ]);
    expect(told(dispatch('E4'))).toEqual([]);
    expect(told(dispatch('E5'))).toEqual([{ isDelta: true, added: ['E5'] }]);
    // AgentUsername ready: routing offers the oldest, E1, which is no longer Offering (O) but Alerting
    run(decideAgentStateChange(tenant.state, { agentId: AGENT, change: 'login' }, T0));
    const offered = run(decideAgentStateChange(tenant.state, { agentId: AGENT, change: 'ready' }, T0));
    expect(told(offered.events)).toEqual([{ isDelta: true, removed: ['E1'] }]);
    expect(told(release('E2'))).toEqual([]);
    expect(told(release('E3'))).toEqual([{ isDelta: true, removed: ['E3'] }]);
  });

  it('shows the first limitCount in its order, says more match, and keeps the window as interactions come and go', () => {
    for (const id of ['E1', 'E2', 'E3', 'E4']) dispatch(id);
    const limit = { limitCount: 2, orderAttribute: 'eic_remotename', descending: true };
    expect(told(subscribe({ resultLimit: limit }).events)).toEqual([
      { isDelta: false, added: ['E4', 'E3'], limitExceeded: true },
    ]);
    // one in the window ends: the next one comes into it
    expect(told(release('E3'))).toEqual([{ isDelta: true, added: ['E2'], removed: ['E3'] }]);
    // one outside it ends: the client is told nothing but that everything is shown now
    expect(told(release('E1'))).toEqual([{ isDelta: true, limitExceeded: false }]);
    // one ahead of the window pushes the last one out
    expect(told(dispatch('E9'))).toEqual([{ isDelta: true, added: ['E9'], removed: ['E2'], limitExceeded: true }]);
    // one behind it is not shown
    expect(told(dispatch('E0'))).toEqual([]);
    expect(told(release('E9'))).toEqual([{ isDelta: true, added: ['E2'], removed: ['E9'] }]);
  });

  it('without an order shows the first limitCount in queue order, the oldest first', () => {
    for (const id of ['E3', 'E1', 'E2']) dispatch(id);
    expect(told(subscribe({ resultLimit: { limitCount: 2 } }).events)).toEqual([
      { isDelta: false, added: ['E3', 'E1'], limitExceeded: true },
    ]);
    expect(told(release('E3'))).toEqual([{ isDelta: true, added: ['E2'], removed: ['E3'], limitExceeded: false }]);
  });

  it('applies the filter before the limit, and a new PUT with other values sends a new snapshot', () => {
    for (const id of ['E1', 'E2', 'E3', 'E4']) dispatch(id);
    const notE2: QueueFilter = { match: 'none', items: [named('Customer E2')] };
    expect(told(subscribe({ attributeFilter: notE2, resultLimit: { limitCount: 2 } }).events)).toEqual([
      { isDelta: false, added: ['E1', 'E3'], limitExceeded: true },
    ]);
    expect(told(subscribe({ resultLimit: { orderAttribute: 'Eic_RemoteName', descending: true } }).events)).toEqual([
      { isDelta: false, added: ['E4', 'E3', 'E2', 'E1'] },
    ]);
    expect(told(subscribe({}).events)).toEqual([{ isDelta: false, added: ['E1', 'E2', 'E3', 'E4'] }]);
  });

  it('refuses a filter past its bounds, as an invalid command', () => {
    let deep: QueueFilter = named('Customer E1');
    for (let i = 0; i < 6; i += 1) deep = { match: 'all', items: [deep] };
    expect(subscribe({ attributeFilter: deep }).reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_command', message: expect.stringContaining('more than 5 deep') },
    });
    const wide: QueueFilter = { match: 'any', items: Array.from({ length: 100 }, () => named('x')) };
    expect(subscribe({ attributeFilter: wide }).reply).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(tenant.queues.subscription('s1', 'sub-1')).toBeUndefined();
  });

  it('keeps its filter and limit through a restart: the snapshot it is owed and the deltas after it apply them', () => {
    for (const id of ['E1', 'E2', 'E3']) dispatch(id);
    subscribe({ attributeFilter: state('O'), resultLimit: { limitCount: 1, orderAttribute: 'Eic_RemoteName' } });
    const restored = demoTenantEntry();
    for (const event of log) applyToTarget(restored, event);
    for (const projection of restored.projections) projection.restored(restored.state, T0);
    tenant = restored;
    expect(told(release('E2'))).toEqual([{ isDelta: false, added: ['E1'], limitExceeded: true }]);
    expect(told(release('E1'))).toEqual([{ isDelta: true, added: ['E3'], removed: ['E1'], limitExceeded: false }]);
    const restoredFromSnapshot = demoTenantEntry();
    const saved = JSON.parse(JSON.stringify(tenant.queues.snapshot())) as ReturnType<typeof tenant.queues.snapshot>;
    expect(saved.sessions[0]?.subscriptions[0]).toMatchObject({
      attributeFilter: state('O'),
      resultLimit: { limitCount: 1, orderAttribute: 'Eic_RemoteName' },
    });
    restoredFromSnapshot.queues.restoreSnapshot(saved);
    expect(restoredFromSnapshot.queues.subscription('s1', 'sub-1')?.selection.limit).toBe(1);
  });
});
