import { describe, expect, it } from '@jest/globals';
import { snapshotDue } from './snapshot-policy.js';

const options = { everyEvents: 1_000, maxAgeMs: 60_000 };

describe('when a tenant is snapshotted', () => {
  it('once it has everyEvents of its own past its snapshot', () => {
    expect(
      snapshotDue({ seq: 500, takenAt: 0 }, { position: 600, eventsSinceSnapshot: 999, size: 0 }, 1, options),
    ).toBe(false);
    expect(
      snapshotDue({ seq: 500, takenAt: 0 }, { position: 600, eventsSinceSnapshot: 1_000, size: 0 }, 1, options),
    ).toBe(true);
  });

  it('counting events, not records: a log restored from a few records of many events each is snapshotted', () => {
    // 150,400 events in 378 records, as a restart of `npm run bench:stack` found them: no snapshot before this fix
    expect(
      snapshotDue({ seq: 0, takenAt: 0 }, { position: 380, eventsSinceSnapshot: 150_400, size: 0 }, 1, options),
    ).toBe(true);
  });

  it('once the log has grown by everyEvents past its snapshot, even when only other tenants wrote', () => {
    expect(
      snapshotDue({ seq: 500, takenAt: 0 }, { position: 1_499, eventsSinceSnapshot: 0, size: 0 }, 1, options),
    ).toBe(false);
    expect(
      snapshotDue({ seq: 500, takenAt: 0 }, { position: 1_500, eventsSinceSnapshot: 0, size: 0 }, 1, options),
    ).toBe(true);
  });

  it('when it changed and its snapshot is older than maxAge', () => {
    expect(
      snapshotDue({ seq: 500, takenAt: 0 }, { position: 510, eventsSinceSnapshot: 5, size: 0 }, 59_999, options),
    ).toBe(false);
    expect(
      snapshotDue({ seq: 500, takenAt: 0 }, { position: 510, eventsSinceSnapshot: 5, size: 0 }, 60_000, options),
    ).toBe(true);
  });

  it('never for age alone when nothing of it changed', () => {
    expect(
      snapshotDue({ seq: 500, takenAt: 0 }, { position: 510, eventsSinceSnapshot: 0, size: 0 }, 10 * 60_000, options),
    ).toBe(false);
  });

  it('never before it spares half as many events as it holds interactions: encoding it costs that much', () => {
    expect(
      snapshotDue(
        { seq: 0, takenAt: 0 },
        { position: 100, eventsSinceSnapshot: 4_999, size: 10_000 },
        10 * 60_000,
        options,
      ),
    ).toBe(false);
    expect(
      snapshotDue(
        { seq: 0, takenAt: 0 },
        { position: 100, eventsSinceSnapshot: 5_000, size: 10_000 },
        10 * 60_000,
        options,
      ),
    ).toBe(true);
  });

  it('again and again while its line only grows, each time the line has doubled', () => {
    // every event queues one more interaction: 5,000 waiting at the first snapshot
    let mark = { seq: 5_000, takenAt: 0 };
    const taken: number[] = [];
    for (let position = 5_001; position <= 40_000; position += 1) {
      if (!snapshotDue(mark, { position, eventsSinceSnapshot: position - mark.seq, size: position }, 0, options))
        continue;
      taken.push(position);
      mark = { seq: position, takenAt: 0 };
    }
    expect(taken).toEqual([10_000, 20_000, 40_000]);
  });

  it('at once for a tenant that never had one, once the log holds everyEvents', () => {
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 999, eventsSinceSnapshot: 0, size: 0 }, 0, options)).toBe(
      false,
    );
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 1_000, eventsSinceSnapshot: 0, size: 0 }, 0, options)).toBe(
      true,
    );
  });
});
