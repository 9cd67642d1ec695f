import type { TenantContents } from '../tenant.js';
import { serializeInSlices, SlicedReader } from './sliced-serializer.js';

/**
 * The shape of what a snapshot holds. Bump it whenever the state's shape, what an event does to it, or the layout of
 * the bytes changes: a snapshot of another format is ignored (the tenant is rebuilt from the log instead), never
 * misread — except the one before it, which this code still reads (the upgrade path, README "Snapshots and
 * retention"). 2: written in slices (sliced-serializer), the head apart from the contents; 1: the whole snapshot as one
 * v8 value, the same contents.
 */
export const SNAPSHOT_FORMAT = 2;
/** The format before this one, still read: its contents have this format's shape. */
const PREVIOUS_FORMAT = 1;

/** What a snapshot says of itself, read before its contents. */
export interface SnapshotHead {
  format: number;
  tenant: string;
  /** The stream sequence of the tenant's last event the state holds: the replay resumes after it. */
  seq: number;
  /** When it was taken (epoch ms). */
  takenAt: number;
}

/** A tenant's state as of one point of the event log. */
export interface TenantSnapshot extends SnapshotHead {
  contents: TenantContents;
}

/**
 * The snapshot's bytes, written in slices so that the process goes on meanwhile (lease renewals, other tenants); the
 * contents must not change until it resolves.
 */
export function encodeSnapshot(snapshot: TenantSnapshot, sliceMs?: number): Promise<Buffer> {
  const { contents, ...head } = snapshot;
  return serializeInSlices(head, contents, sliceMs);
}

/** The snapshot, or why it cannot be used for this tenant by this code; read in slices, like it was written. */
export async function decodeSnapshot(
  bytes: Uint8Array,
  tenant: string,
  sliceMs?: number,
): Promise<TenantSnapshot | string> {
  let reader: SlicedReader;
  let head: unknown;
  try {
    reader = new SlicedReader(bytes, sliceMs);
    head = reader.head();
  } catch (error) {
    return `it cannot be read: ${messageOf(error)}`;
  }
  const why = whyNotUsable(head, tenant);
  if (why !== undefined) return why;
  // format 1 was read whole as the head, contents and all
  if ((head as SnapshotHead).format === PREVIOUS_FORMAT)
    return 'contents' in (head as object) ? (head as TenantSnapshot) : 'its format 1 snapshot holds no contents';
  try {
    // the format says the shape: it was written from a TenantSnapshot of this format
    return { ...(head as SnapshotHead), contents: (await reader.body()) as TenantContents };
  } catch (error) {
    return `its contents cannot be read: ${messageOf(error)}`;
  }
}

function whyNotUsable(head: unknown, tenant: string): string | undefined {
  if (typeof head !== 'object' || head === null || !('format' in head)) return 'it is not a tenant snapshot';
  const { format, tenant: of, seq, takenAt } = head as Partial<Record<keyof SnapshotHead, unknown>>;
  if (format !== SNAPSHOT_FORMAT && format !== PREVIOUS_FORMAT)
    return `its format is ${String(format)}, this code reads ${String(SNAPSHOT_FORMAT)} and ${String(PREVIOUS_FORMAT)}`;
  if (of !== tenant) return `it is tenant ${String(of)}'s`;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1)
    return `its stream sequence ${String(seq)} is not one`;
  if (typeof takenAt !== 'number') return 'it does not say when it was taken';
  return undefined;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
