import type { TenantContents } from '../tenant.js';
import {
  upgradeFormat3State,
  upgradeLegacyState,
  type Format3TenantStateSnapshot,
  type LegacyTenantStateSnapshot,
} from './legacy-state.js';
import { serializeInSlices, SlicedReader } from './sliced-serializer.js';

/**
 * The shape of what a snapshot holds. Bump it whenever the state's shape, what an event does to it, or the layout of
 * the bytes changes: a snapshot of another format is ignored (the tenant is rebuilt from the log instead), never
 * misread — except the ones before it, which this code still reads (the upgrade path, README "Snapshots and
 * retention"). 4: 3's, with the agents configured or removed through the admin API (the roster's changes and the
 * tenant's configuration revision); 3: the state fold by fold, each interaction's lifecycle stored with it; 2: written in slices
 * (sliced-serializer), the head apart from the contents, the state one object whose sets held an interaction's phase
 * (held, parked, paused in plan, in a workbin) beside routing's; 1: the whole snapshot as one v8 value, 2's contents.
 */
export const SNAPSHOT_FORMAT = 4;
/** Formats before this one, still read: their state is brought to this format's shape (legacy-state.ts). */
const FOLDED_LEGACY_FORMAT = 3;
const SLICED_LEGACY_FORMAT = 2;
const WHOLE_LEGACY_FORMAT = 1;
const READABLE_FORMATS: readonly unknown[] = [
  SNAPSHOT_FORMAT,
  FOLDED_LEGACY_FORMAT,
  SLICED_LEGACY_FORMAT,
  WHOLE_LEGACY_FORMAT,
];

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
  const { format } = head as SnapshotHead;
  // format 1 was read whole as the head, contents and all
  if (format === WHOLE_LEGACY_FORMAT) {
    if (!('contents' in (head as object))) return 'its format 1 snapshot holds no contents';
    const { contents, ...rest } = head as SnapshotHead & { contents: LegacyContents };
    return { ...rest, contents: upgraded(contents) };
  }
  let body: unknown;
  try {
    body = await reader.body();
  } catch (error) {
    return `its contents cannot be read: ${messageOf(error)}`;
  }
  // the format says the shape: it was written from a TenantSnapshot of that format
  const contents =
    format === SLICED_LEGACY_FORMAT
      ? upgraded(body as LegacyContents)
      : format === FOLDED_LEGACY_FORMAT
        ? upgradedFormat3(body as Format3Contents)
        : (body as TenantContents);
  return { ...(head as SnapshotHead), contents };
}

/** The contents of formats 1 and 2: this format's, but for the state's shape. */
type LegacyContents = Omit<TenantContents, 'state'> & { state: LegacyTenantStateSnapshot };

const upgraded = ({ state, ...rest }: LegacyContents): TenantContents => ({
  ...rest,
  state: upgradeLegacyState(state),
});

/** The contents of format 3: this format's, but for the roster's changes, which it could not have had. */
type Format3Contents = Omit<TenantContents, 'state'> & { state: Format3TenantStateSnapshot };

const upgradedFormat3 = ({ state, ...rest }: Format3Contents): TenantContents => ({
  ...rest,
  state: upgradeFormat3State(state),
});

function whyNotUsable(head: unknown, tenant: string): string | undefined {
  if (typeof head !== 'object' || head === null || !('format' in head)) return 'it is not a tenant snapshot';
  const { format, tenant: of, seq, takenAt } = head as Partial<Record<keyof SnapshotHead, unknown>>;
  if (!READABLE_FORMATS.includes(format))
    return `its format is ${String(format)}, this code reads ${READABLE_FORMATS.map(String).join(', ')}`;
  if (of !== tenant) return `it is tenant ${String(of)}'s`;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1)
    return `its stream sequence ${String(seq)} is not one`;
  if (typeof takenAt !== 'number') return 'it does not say when it was taken';
  return undefined;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
