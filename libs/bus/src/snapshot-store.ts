import { StorageType } from '@nats-io/jetstream';
import { Objm, setSha256Backend, type ObjectStore } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import { ensureBucketReplicas, streamReplicas } from './stream-replicas.js';

/** The JetStream object store bucket of tenant snapshots. */
export const SNAPSHOTS_BUCKET = 'SB_SNAPSHOTS';

/** What a stored snapshot's meta says of it. */
export interface SnapshotInfo {
  tenant: string;
  /** The stream sequence of the tenant's last event the snapshot holds. */
  seq: number;
  takenAt: number;
}

/**
 * Each tenant's latest snapshot, one object per tenant in a JetStream object store (file storage: snapshots are what
 * lets the log be trimmed). An object is replaced whole: its new chunks are stored before its meta points at them, so
 * a crash mid-write leaves the previous snapshot readable.
 */
export class SnapshotStore {
  private constructor(private readonly bucket: ObjectStore) {}

  static async open(connection: NatsConnection): Promise<SnapshotStore> {
    // the object store hashes every chunk it stores and reads; its default hasher is pure JavaScript (portable to
    // browsers), which spent a quarter of the process's CPU on a 300,000-interaction snapshot. Node's is native.
    setSha256Backend('native');
    const bucket = await new Objm(connection).create(SNAPSHOTS_BUCKET, {
      storage: StorageType.File,
      replicas: streamReplicas(connection),
    });
    await ensureBucketReplicas(connection, `OBJ_${SNAPSHOTS_BUCKET}`);
    return new SnapshotStore(bucket);
  }

  /**
   * Stores the tenant's snapshot unless the one stored holds more of its log (a higher seq): an instance paused past
   * its lease may still take a snapshot of the memory it had, and retention trims the log up to the newest holder's
   * snapshot, so an older one put over it would have a restore replay from records no longer there. Resolves with
   * whether it was stored.
   */
  async put(info: SnapshotInfo, data: Uint8Array): Promise<boolean> {
    const stored = await this.bucket.info(info.tenant);
    const storedSeq = Number(stored?.metadata?.seq ?? 0);
    if (stored && !stored.deleted && storedSeq > info.seq) return false;
    await this.bucket.putBlob(
      { name: info.tenant, metadata: { seq: String(info.seq), takenAt: String(info.takenAt) } },
      data,
    );
    return true;
  }

  /** The tenant's latest snapshot's bytes, or undefined when it has none. */
  async get(tenant: string): Promise<Uint8Array | undefined> {
    return (await this.bucket.getBlob(tenant)) ?? undefined;
  }
}
