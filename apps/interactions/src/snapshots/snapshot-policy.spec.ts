import { describe, expect, it } from '@jest/globals';
import { snapshotDue } from './snapshot-policy.js';

const options = { everyEvents: 1_000, maxAgeMs: 60_000 };

describe('when a tenant is snapshotted', () => {
  it('once the log has grown by everyEvents past its snapshot, even when only other tenants wrote', () => {
    expect(snapshotDue({ seq: 500, takenAt: 0 }, 1_499, 500, 1, options)).toBe(false);
    expect(snapshotDue({ seq: 500, takenAt: 0 }, 1_500, 500, 1, options)).toBe(true);
  });

  it('when it changed and its snapshot is older than maxAge', () => {
    expect(snapshotDue({ seq: 500, takenAt: 0 }, 510, 505, 59_999, options)).toBe(false);
    expect(snapshotDue({ seq: 500, takenAt: 0 }, 510, 505, 60_000, options)).toBe(true);
  });

  it('never for age alone when nothing of it changed', () => {
    expect(snapshotDue({ seq: 500, takenAt: 0 }, 510, 500, 10 * 60_000, options)).toBe(false);
  });

  it('at once for a tenant that never had one, once the log holds everyEvents', () => {
    expect(snapshotDue({ seq: 0, takenAt: 0 }, 999, 0, 0, options)).toBe(false);
    expect(snapshotDue({ seq: 0, takenAt: 0 }, 1_000, 0, 0, options)).toBe(true);
  });
});
