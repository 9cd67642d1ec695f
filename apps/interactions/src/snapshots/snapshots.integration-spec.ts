// Issue 12, point 3: a start loads each tenant's latest snapshot and replays only the log after it; a snapshot this code
// cannot read is ignored and the log replayed instead. The proof that the snapshot is what a start uses: the log before
// it is purged, and everything the users saw is still there.
import { describe, expect, it } from '@jest/globals';
import { Objm } from '@nats-io/obj';
import { BusClient, connectBus, EventLogAdmin, SNAPSHOTS_BUCKET, SnapshotStore } from '@switchboard/bus';
import { startTestNats } from '@switchboard/testing';
import type { InteractionsEnv } from '../interactions.env.js';
import { demoTenantConfig } from '../testing/demo-tenant.js';
import { startInteractionsService } from '../testing/start-service.js';
import { useInteractionsService } from '../testing/use-interactions-service.js';
import { EventRetention } from './event-retention.js';
import { TenantSnapshots } from './tenant-snapshots.js';

/** Nothing is snapshotted or purged but what a test asks for. */
const MANUAL = {
  SNAPSHOT_EVERY_EVENTS: 1_000_000_000,
  SNAPSHOT_MAX_AGE_SECONDS: 1_000_000,
  LOG_MAINTENANCE_SECONDS: 1_000_000,
};

/** An interactions service of its own, and what its users can do and see. */
function useDemo(env: Partial<InteractionsEnv> = {}): {
  suite: ReturnType<typeof useInteractionsService>;
  dispatch: (n: number) => Promise<unknown>;
  view: () => Promise<unknown[]>;
} {
  const suite = useInteractionsService(undefined, {}, { ...MANUAL, ...env });
  const dispatch = (n: number): Promise<unknown> =>
    suite.bus.request('interactionDispatch', 'demo', {
      route: 'CrmCallRouting',
      requestId: `req-${n}`,
      externalId: `EXT-${n}`,
      properties: {},
      skills: [],
    });
  /** What a supervisor and the agents see: the interactions and the agents' states. */
  const view = async (): Promise<unknown[]> => [
    await suite.bus.request('interactionList', 'demo', { limit: 500 }),
    await suite.bus.request('agentGet', 'demo', { agentId: '5464' }),
    await suite.bus.request('agentGet', 'demo', { agentId: '5465' }),
  ];
  return { suite, dispatch, view };
}

describe('a start from a snapshot', () => {
  const { suite, dispatch, view } = useDemo();

  it('a start loads the latest snapshot and replays the tail: with the log before the snapshot purged, nothing is lost', async () => {
    for (let n = 1; n <= 6; n += 1) expect(await dispatch(n)).toMatchObject({ ok: true });
    await suite.bus.request('agentChangeState', 'demo', { agentId: '5465', change: 'login' });
    await suite.bus.request('agentChangeState', 'demo', { agentId: '5465', change: 'ready' });
    const mark = await suite.app.get(TenantSnapshots).take('demo');
    expect(mark?.seq).toBeGreaterThan(0);
    // the tail, after the snapshot
    for (let n = 7; n <= 9; n += 1) expect(await dispatch(n)).toMatchObject({ ok: true });
    await suite.bus.request('agentChangeState', 'demo', { agentId: '5464', change: 'login' });
    const before = await view();
    expect(before[0]).toMatchObject({ ok: true, total: 9 });
    expect(before[2]).toMatchObject({ ok: true, agent: { loggedIn: true, ready: true } });

    const log = await EventLogAdmin.open(suite.connection);
    expect(await log.purgeTenantBefore('demo', (mark?.seq ?? 0) + 1)).toBeGreaterThan(0);
    await suite.restart();

    expect(await view()).toEqual(before);
    // the request-id ledger came back too: a repeat from before the snapshot is the first outcome, not a new interaction
    expect(await dispatch(2)).toEqual({
      ok: true,
      interactionId: '100000002',
      duplicate: true,
      firstRequest: { action: 'dispatch', externalId: 'EXT-2' },
    });
    expect(await dispatch(10)).toEqual({ ok: true, interactionId: '100000010', duplicate: false });
  });
});

describe('snapshots taken on their own', () => {
  // one Invoke of 50 dispatches is one record in the log (group commit): fewer than 10 stream sequences in all
  const { suite, view } = useDemo({ SNAPSHOT_EVERY_EVENTS: 40 });
  const snapshots = (): TenantSnapshots => suite.app.get(TenantSnapshots);
  const invoke = (prefix: string): Promise<unknown> =>
    suite.bus.request('interactionInvoke', 'demo', {
      items: [
        {
          dispatch: {
            route: 'CrmCallRouting',
            requestId: `${prefix}-0`,
            externalId: `${prefix}-0`,
            properties: {},
            skills: [],
          },
        },
        ...Array.from({ length: 49 }, (_, n) => ({
          dispatch: {
            route: 'CrmCallRouting',
            requestId: `${prefix}-${n + 1}`,
            externalId: `${prefix}-${n + 1}`,
            properties: {},
            skills: [],
          },
        })),
      ],
    });

  it('count the events since the last, not the records: one Invoke of 50 dispatches is enough', async () => {
    expect(await invoke('live')).toMatchObject({ ok: true });
    await snapshots().settled();
    expect(snapshots().positions().get('demo')).toBeGreaterThan(0);
  });

  it('count the events a restart replayed: a log of few records and many events is snapshotted after the restart', async () => {
    expect(await invoke('before')).toMatchObject({ ok: true });
    await snapshots().settled();
    const before = await view();
    // as after an upgrade that ignores the stored snapshot, or a log written by another instance: none to start from
    await suite.restart(async () => {
      await (await new Objm(suite.connection).open(SNAPSHOTS_BUCKET)).delete('demo');
    });
    expect(snapshots().positions().get('demo')).toBe(0);
    expect(await view()).toEqual(before);
    // the first command after the restart settles the tenant, and the 100 events replayed make a snapshot due
    await suite.bus.request('agentChangeState', 'demo', { agentId: '5465', change: 'login' });
    await snapshots().settled();
    expect(snapshots().positions().get('demo')).toBeGreaterThan(0);
  });
});

describe('a snapshot’s position', () => {
  it('is where the tenant’s own log stands, not where the service’s does after another tenant’s records', async () => {
    const nats = await startTestNats();
    const connection = await connectBus(nats.url, 'snapshot-position-test');
    const service = await startInteractionsService(
      nats.url,
      [demoTenantConfig, { ...demoTenantConfig, id: 'other' }],
      MANUAL,
    );
    try {
      const bus = new BusClient(connection);
      const dispatch = (tenant: string, n: number): Promise<unknown> =>
        bus.request('interactionDispatch', tenant, {
          route: 'CrmCallRouting',
          requestId: `req-${String(n)}`,
          externalId: `EXT-${String(n)}`,
          properties: {},
          skills: [],
        });
      const snapshots = service.get(TenantSnapshots);
      expect(await dispatch('demo', 1)).toMatchObject({ ok: true });
      const demoMark = await snapshots.take('demo');
      // the other tenant's record, stored after demo's last
      expect(await dispatch('other', 2)).toMatchObject({ ok: true });
      expect((await snapshots.take('other'))?.seq).toBeGreaterThan(demoMark?.seq ?? 0);
      // demo has had nothing since: its next snapshot still holds, and says, demo's log up to its last record
      expect(await snapshots.take('demo')).toMatchObject({ seq: demoMark?.seq });
    } finally {
      await service.close();
      await connection.close();
      await nats.dispose();
    }
  });
});

describe('a snapshot this code cannot read', () => {
  // a window of a millisecond: retention may purge anything a usable snapshot holds
  const { suite, dispatch, view } = useDemo({ EVENT_RETENTION_SECONDS: 0.001 });

  it('is ignored, the tenant rebuilt from the log, and the log is not trimmed on its account', async () => {
    for (let n = 1; n <= 3; n += 1) expect(await dispatch(n)).toMatchObject({ ok: true });
    const before = await view();
    const log = await EventLogAdmin.open(suite.connection);
    const { lastSeq } = await log.extent();
    // stored as if it held the whole log, but unreadable
    await (
      await SnapshotStore.open(suite.connection)
    ).put({ tenant: 'demo', seq: lastSeq, takenAt: Date.now() }, new TextEncoder().encode('not a snapshot'));
    await suite.restart();
    expect(await view()).toEqual(before);

    // the tenant holds no snapshot: nothing it was rebuilt from may go
    expect(await suite.app.get(EventRetention).purge()).toBe(0);
    await suite.restart();
    expect(await view()).toEqual(before);
  });
});
