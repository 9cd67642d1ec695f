// Issue 12, point 3: the log is trimmed. Under steady traffic with a short retention window, events older than the
// window that every tenant's snapshot holds are purged, so the stream's size stays flat however much is written; and
// the state those events built outlives them (a restart still has everything that waits).
import { describe, expect, it } from '@jest/globals';
import { EventLogAdmin, type EventLogExtent } from '@switchboard/bus';
import { pollUntil } from '@switchboard/testing';
import { useInteractionsService } from '../testing/use-interactions-service.js';

/** A window of a second, snapshots whenever the log grew a little, housekeeping five times a second. */
const SHORT_WINDOW = {
  EVENT_RETENTION_SECONDS: 1,
  SNAPSHOT_EVERY_EVENTS: 30,
  SNAPSHOT_MAX_AGE_SECONDS: 0.5,
  LOG_MAINTENANCE_SECONDS: 0.2,
};
const ROUNDS = 8;
const PER_ROUND = 10;

describe('the event log under steady traffic, with a short retention window', () => {
  const suite = useInteractionsService(undefined, {}, SHORT_WINDOW);
  const dispatch = (externalId: string): Promise<unknown> =>
    suite.bus.request('interactionDispatch', 'demo', {
      route: 'CrmCallRouting',
      externalId,
      properties: {},
      skills: [],
    });
  const release = (externalId: string): Promise<unknown> =>
    suite.bus.request('interactionRelease', 'demo', { externalId });

  it('stays flat on disk once the window is reached, and a restart still has every waiting interaction', async () => {
    const log = await EventLogAdmin.open(suite.connection);
    // these wait throughout: their events age out of the window, what they built must not
    for (const n of [1, 2, 3]) expect(await dispatch(`KEEP-${n}`)).toMatchObject({ ok: true });
    // a provider registered through the API: the notifier rebuilds its directory from these events, so they stay
    const provider = {
      name: 'KeptProvider',
      headers: {},
      agentActionsPermitted: { release: true, hold: true, transferToAgent: true, transferToRoute: true },
    };
    expect(await suite.bus.request('providerRegister', 'demo', provider)).toMatchObject({ ok: true });
    const afterRound: EventLogExtent[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const before = await log.extent();
      for (let i = 0; i < PER_ROUND; i += 1) expect(await dispatch(`R${round}-${i}`)).toMatchObject({ ok: true });
      for (let i = 0; i < PER_ROUND; i += 1) expect(await release(`R${round}-${i}`)).toMatchObject({ ok: true });
      afterRound.push(await log.extent());
      // everything written before this round leaves, once it is older than the window and a snapshot holds it — all but
      // the provider registration
      await pollUntil(
        async () => {
          const now = await log.extent();
          return now.messages <= now.lastSeq - before.lastSeq + 1 ? true : undefined;
        },
        {
          what: `round ${round}'s predecessors to be purged`,
          timeoutMs: 15_000,
        },
      );
    }
    const [second, last] = [afterRound[1], afterRound[ROUNDS - 1]];
    // written: ever more; kept: what one round writes, not what all of them did
    expect(last?.lastSeq).toBeGreaterThan(3 * (second?.lastSeq ?? 0));
    expect(last?.bytes).toBeLessThanOrEqual(1.5 * (second?.bytes ?? 0));
    expect(last?.messages).toBeLessThanOrEqual(1.5 * (second?.messages ?? 0));

    expect(
      (await suite.log()).filter((event) => event.type === 'provider.registered').map((event) => event.data),
    ).toEqual([{ provider: expect.objectContaining({ name: 'KeptProvider' }) }]);

    await suite.restart();
    const list = await suite.bus.request('interactionList', 'demo', { limit: 100 });
    expect(list).toMatchObject({ ok: true, total: 3 });
  }, 60_000);
});
