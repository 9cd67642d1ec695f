import { describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@switchboard/contracts';
import { currentRequestId, runWithRequestId } from '@switchboard/logging';
import type { Projection } from './domain/projection.js';
import { GroupCommit, type CommandEvents } from './group-commit.js';

const event = (id: string): DomainEvent => ({
  id,
  type: 'provider.removed',
  tenant: 'demo',
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: { name: id },
});
const command = (...ids: string[]): CommandEvents => ({ domain: ids.map(event), followed: [], now: 0, holding: 1 });
/** A command decided under another holding of the tenant (after it was claimed again). */
const under = (holding: number, ...ids: string[]): CommandEvents => ({ ...command(...ids), holding });

/** A log whose appends the test completes one by one: each publish waits until `settle` is called for it. */
function manualLog() {
  const appends: { ids: string[]; holding: number; settle: (failed?: (id: string) => boolean) => void }[] = [];
  let seq = 0;
  const publish = (events: readonly DomainEvent[], holding: number) =>
    new Promise<(Error | number)[]>((resolve) => {
      appends.push({
        ids: events.map(({ id }) => id),
        holding,
        settle: (failed = () => false) => {
          resolve(events.map(({ id }) => (failed(id) ? new Error(`${id} not stored`) : (seq += 1))));
        },
      });
    });
  return { appends, publish };
}

/** Lets every pending promise callback run. */
const flushed = () => new Promise<void>((resolve) => setImmediate(resolve));

function watch(promise: Promise<void>) {
  const seen = { state: 'pending' as 'pending' | 'stored' | 'lost' };
  promise.then(
    () => (seen.state = 'stored'),
    () => (seen.state = 'lost'),
  );
  return seen;
}

describe('group commit', () => {
  it('stores the first command at once and those decided meanwhile as one batch, each answered once its batch is stored', async () => {
    const log = manualLog();
    const commits = new GroupCommit(log.publish, {
      stored: () => undefined,
      failed: () => undefined,
      followedNotStored: () => undefined,
    });
    const first = watch(commits.add('demo', command('a1', 'a2')));
    const second = watch(commits.add('demo', command('b1')));
    const third = watch(commits.add('demo', command('c1', 'c2')));
    const read = watch(commits.add('demo', command())); // no events, but it read memory ahead of the log
    expect(log.appends.map(({ ids }) => ids)).toEqual([['a1', 'a2']]);

    log.appends[0]?.settle();
    await flushed();
    expect([first.state, second.state, third.state, read.state]).toEqual(['stored', 'pending', 'pending', 'pending']);
    expect(log.appends.map(({ ids }) => ids)).toEqual([
      ['a1', 'a2'],
      ['b1', 'c1', 'c2'],
    ]);

    log.appends[1]?.settle();
    await flushed();
    expect([second.state, third.state, read.state]).toEqual(['stored', 'stored', 'stored']);
    expect(log.appends).toHaveLength(2);
  });

  it('loses every command of a failed batch and every one decided on top of it, and says the tenant is stale first', async () => {
    const log = manualLog();
    const stale: string[] = [];
    const commits = new GroupCommit(log.publish, {
      stored: () => undefined,
      failed: (tenant) => stale.push(tenant),
      followedNotStored: () => undefined,
    });
    const first = watch(commits.add('demo', command('a1')));
    const second = watch(commits.add('demo', command('b1')));
    const third = watch(commits.add('demo', command('c1')));
    log.appends[0]?.settle();
    await flushed();
    // the second batch: its first event stored, its second not
    log.appends[1]?.settle((id) => id === 'c1');
    const behind = watch(commits.add('demo', command('d1'))); // decided while that batch was in flight
    await flushed();
    expect(stale).toEqual(['demo']);
    expect([first.state, second.state, third.state, behind.state]).toEqual(['stored', 'lost', 'lost', 'lost']);
    expect(log.appends).toHaveLength(2);
    await commits.idle('demo');
  });

  it('answers the commands when only what a projection derived was not stored, and tells that projection', async () => {
    const log = manualLog();
    const owed: [DomainEvent[], string][] = [];
    const projection = {} as Projection;
    const commits = new GroupCommit(log.publish, {
      stored: () => undefined,
      failed: () => undefined,
      followedNotStored: (_tenant, followed, error) => owed.push([[...followed.events], error.message]),
    });
    const done = watch(
      commits.add('demo', {
        domain: [event('a1')],
        followed: [{ projection, events: [event('q1'), event('q2')] }],
        now: 0,
        holding: 1,
      }),
    );
    log.appends[0]?.settle((id) => id === 'q2');
    await flushed();
    expect(done.state).toBe('stored');
    expect(owed).toEqual([[[event('q1'), event('q2')], 'q2 not stored']]);
  });

  it('never puts commands decided under two holdings of the tenant in one batch, so the older ones can be refused without the newer', async () => {
    const log = manualLog();
    const commits = new GroupCommit(log.publish, {
      stored: () => undefined,
      failed: () => undefined,
      followedNotStored: () => undefined,
    });
    const first = watch(commits.add('demo', under(1, 'a1')));
    watch(commits.add('demo', under(1, 'b1')));
    watch(commits.add('demo', under(2, 'c1')));
    watch(commits.add('demo', under(2, 'd1')));
    log.appends[0]?.settle();
    await flushed();
    log.appends[1]?.settle();
    await flushed();
    expect(first.state).toBe('stored');
    expect(log.appends.map(({ ids, holding }) => [holding, ids])).toEqual([
      [1, ['a1']],
      [1, ['b1']],
      [2, ['c1', 'd1']],
    ]);
  });

  it('keeps tenants apart: one tenant waits behind its own batch only', () => {
    const log = manualLog();
    const commits = new GroupCommit(log.publish, {
      stored: () => undefined,
      failed: () => undefined,
      followedNotStored: () => undefined,
    });
    watch(commits.add('demo', command('a1')));
    watch(commits.add('other', command('o1')));
    expect(log.appends.map(({ ids }) => ids)).toEqual([['a1'], ['o1']]);
  });

  it('stores a batch as part of no request: its lines are none of the many requests whose commands it holds', async () => {
    const log = manualLog();
    const failedIn: (string | undefined)[] = [];
    const commits = new GroupCommit(log.publish, {
      stored: () => undefined,
      failed: () => failedIn.push(currentRequestId()),
      followedNotStored: () => undefined,
    });
    const answeredIn = runWithRequestId('req-1', () =>
      commits.add('demo', command('a1')).catch(() => currentRequestId()),
    );
    log.appends[0]?.settle(() => true);
    // the command hears it in its own request; the batch's failure is logged in none
    expect(await answeredIn).toBe('req-1');
    expect(failedIn).toEqual([undefined]);
  });
});
