import { deserialize, serialize } from 'node:v8';
import type { TenantContents } from '../tenant.js';

/**
 * The shape of what a snapshot holds. Bump it whenever the state's shape, or what an event does to it, changes: a
 * snapshot of another format is ignored (the tenant is rebuilt from the log instead), never misread.
 */
export const SNAPSHOT_FORMAT = 1;

/** A tenant's state as of one point of the event log. */
export interface TenantSnapshot {
  format: number;
  tenant: string;
  /** The stream sequence of the tenant's last event the state holds: the replay resumes after it. */
  seq: number;
  /** When it was taken (epoch ms). */
  takenAt: number;
  contents: TenantContents;
}

export function encodeSnapshot(snapshot: TenantSnapshot): Buffer {
  return serialize(snapshot);
}

/** The snapshot, or why it cannot be used for this tenant by this code. */
export function decodeSnapshot(bytes: Uint8Array, tenant: string): TenantSnapshot | string {
  let decoded: unknown;
  try {
    decoded = deserialize(bytes);
  } catch (error) {
    return `it cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!isEnvelope(decoded)) return 'it is not a tenant snapshot';
  if (decoded.format !== SNAPSHOT_FORMAT)
    return `its format is ${String(decoded.format)}, this code reads ${String(SNAPSHOT_FORMAT)}`;
  if (decoded.tenant !== tenant) return `it is tenant ${String(decoded.tenant)}'s`;
  if (typeof decoded.seq !== 'number' || !Number.isSafeInteger(decoded.seq) || decoded.seq < 1)
    return `its stream sequence ${String(decoded.seq)} is not one`;
  if (typeof decoded.takenAt !== 'number') return 'it does not say when it was taken';
  // the format says the rest of the shape: v8's serializer wrote it from a TenantSnapshot of this format
  return decoded as unknown as TenantSnapshot;
}

function isEnvelope(value: unknown): value is Record<'format' | 'tenant' | 'seq' | 'takenAt' | 'contents', unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    'tenant' in value &&
    'seq' in value &&
    'takenAt' in value &&
    'contents' in value
  );
}
