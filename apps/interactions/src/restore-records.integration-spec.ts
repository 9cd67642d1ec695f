// A record of the log holds every domain event of one batch of a tenant's commands (group commit), all at one stream
// sequence. A restore applies each of them, not only the first: at a start, at a rebuild after a failed append, at a
// takeover (the rebuild's path, fenced first). It used to skip every event of a record after its first (taking the
// record's sequence for the position of an event already applied): of a VCC Invoke's dispatches only the first came
// back, a retry of another was dispatched again, and a takeover refused the log at the completion of one it did not
// know (found by the chaos suite).
import { describe, expect, it } from '@jest/globals';
import { refuseAppends } from './testing/refuse-appends.js';
import { useInteractionsService } from './testing/use-interactions-service.js';

const dispatchOf = (requestId: string) => ({
  dispatch: { route: 'CrmCallRouting', requestId, externalId: requestId, properties: {}, skills: [] },
});

describe('a restore from records of several events', () => {
  const suite = useInteractionsService();
  const known = async (interactionIds: readonly string[]): Promise<string[]> => {
    const replies = await Promise.all(
      interactionIds.map((interactionId) => suite.bus.request('interactionGet', 'demo', { interactionId })),
    );
    return replies.flatMap((reply) => (reply.ok ? [reply.interaction.externalId ?? ''] : []));
  };

  it('brings back every event of a record, at a start and at a rebuild', async () => {
    // one Invoke of three dispatches: one batch, one record of three events
    const invoked = await suite.bus.request('interactionInvoke', 'demo', {
      items: [dispatchOf('first'), dispatchOf('second'), dispatchOf('third')],
    });
    expect(invoked).toMatchObject({ ok: true });
    const ids = ['100000001', '100000002', '100000003'];
    expect(await known(ids)).toEqual(['first', 'second', 'third']);
    expect((await suite.log()).filter((event) => event.type === 'interaction.queued')).toHaveLength(3);

    await suite.restart();
    expect(await known(ids)).toEqual(['first', 'second', 'third']);
    // a client retrying the Invoke is told each was done, not given new interactions
    const retried = await suite.bus.request('interactionInvoke', 'demo', { items: [dispatchOf('second')] });
    expect(retried).toMatchObject({ ok: true, results: [{ ok: true, interactionId: '100000002', duplicate: true }] });

    // a failed append: the tenant is rebuilt from its log before its next command
    await refuseAppends(suite.connection, true);
    const refused = await suite.bus.request('interactionInvoke', 'demo', { items: [dispatchOf('refused')] });
    expect(JSON.stringify(refused)).toContain('log_unavailable');
    await refuseAppends(suite.connection, false);
    // the next command rebuilds the tenant first: the refused dispatch's number is given again
    const after = await suite.bus.request('interactionInvoke', 'demo', { items: [dispatchOf('after-the-rebuild')] });
    expect(after).toMatchObject({ ok: true, results: [{ ok: true, interactionId: '100000004', duplicate: false }] });
    expect(await known(ids)).toEqual(['first', 'second', 'third']);
  });
});
