import { describe, expect, it } from '@jest/globals';
import { snapshotDue } from './snapshot-policy.js';

const options = { everyEvents: 1_000, maxAgeMs: 60_000 };

describe('when a tenant is snapshotted', () => {
  it('once the log has grown by everyEvents past its snapshot, even when only other tenants wrote', () => {
    expect(snapshotDue({ seq: 500, takenAt: 0 }, { position: 1_499, tenantPosition: 500, size: 0 }, 1, options)).toBe(false);
    expect(snapshotDue({ seq: 500, takenAt: 0 }, { position: 1_500, tenantPosition: 500, size: 0 }, 1, options)).toBe(true);
  });

  it('when it changed and its snapshot is older than maxAge', () => {
    expect(snapshotDue({ seq: 500, takenAt: 0 }, { position: 510, tenantPosition: 505, size: 0 }, 59_999, options)).toBe(false);
    expect(snapshotDue({ seq: 500, takenAt: 0 }, { position: 510, tenantPosition: 505, size: 0 }, 60_000, options)).toBe(true);
  });

  it('never for age alone when nothing of it changed', () => {
    expect(snapshotDue({ seq: 500, takenAt: 0 }, { position: 510, tenantPosition: 500, size: 0 }, 10 * 60_000, options)).toBe(false);
  });

  it('never before the log grew by half as many events as the tenant holds interactions: encoding it costs that much', () => {
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 4_999, tenantPosition: 4_999, size: 10_000 }, 10 * 60_000, options)).toBe(false);
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 5_000, tenantPosition: 5_000, size: 10_000 }, 10 * 60_000, options)).toBe(true);
  });

  it('again and again while its line only grows, each time the line has doubled', () => {
    // every event queues one more interaction: 5,000 waiting at the first snapshot
    let mark = { seq: 5_000, takenAt: 0 };
    const taken: number[] = [];
    for (let position = 5_001; position <= 40_000; position += 1) {
      if (!snapshotDue(mark, { position, tenantPosition: position, size: position }, 0, options)) continue;
      taken.push(position);
      mark = { seq: position, takenAt: 0 };
    }
    expect(taken).toEqual([10_000, 20_000, 40_000]);
  });

  it('at once for a tenant that never had one, once the log holds everyEvents', () => {
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 999, tenantPosition: 0, size: 0 }, 0, options)).toBe(false);
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 1_000, tenantPosition: 0, size: 0 }, 0, options)).toBe(true);
  });
});
