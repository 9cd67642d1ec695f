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

  it('never before the log grew by as many events as the tenant holds interactions: encoding it costs that much', () => {
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 4_999, tenantPosition: 4_999, size: 5_000 }, 10 * 60_000, options)).toBe(false);
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 5_000, tenantPosition: 5_000, size: 5_000 }, 10 * 60_000, options)).toBe(true);
  });

  it('at once for a tenant that never had one, once the log holds everyEvents', () => {
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 999, tenantPosition: 0, size: 0 }, 0, options)).toBe(false);
    expect(snapshotDue({ seq: 0, takenAt: 0 }, { position: 1_000, tenantPosition: 0, size: 0 }, 0, options)).toBe(true);
  });
});
