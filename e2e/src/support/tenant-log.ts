import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { jetstream } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Platform } from '@switchboard/testing';

interface ClusterFile {
  nodes: { name: string; port: number }[];
}

/** A domain event as the log holds it. */
export interface StoredEvent {
  type: string;
  data: Record<string, unknown>;
}

/** One record of a tenant's log as stored: which subject, who wrote it, how many events (0: a takeover's claim). */
export interface StoredRecord {
  seq: number;
  subject: string;
  writer: string;
  events: number;
  contents: StoredEvent[];
}

/** A connection to `npm run start:cluster`'s NATS, any node (their ports are in <dataDir>/run/nats-cluster.json). */
async function connectToCluster(platform: Platform, name: string): Promise<NatsConnection> {
  const { nodes } = JSON.parse(
    await readFile(path.join(platform.dataDir, 'run', 'nats-cluster.json'), 'utf8'),
  ) as ClusterFile;
  return connect({ servers: nodes.map((node) => `127.0.0.1:${String(node.port)}`), name });
}

/** The interactions instance holding the tenant's lease (the SB_LEASES bucket), or undefined while none does. */
export async function leaseHolder(platform: Platform, tenant: string): Promise<string | undefined> {
  const connection = await connectToCluster(platform, 'e2e-lease-reader');
  try {
    const entry = await (await new Kvm(connection).open('SB_LEASES')).get(tenant);
    return entry?.operation === 'PUT' ? entry.string() : undefined;
  } finally {
    await connection.close();
  }
}

/** Every record of the tenant's log (both its subjects), in stream order. */
export async function tenantRecords(platform: Platform, tenant: string): Promise<StoredRecord[]> {
  const connection = await connectToCluster(platform, 'e2e-log-reader');
  try {
    const consumer = await jetstream(connection).consumers.get('SB_EVENTS', {
      filter_subjects: `sb.v1.evt.${tenant}.log.*`,
    });
    if ((await consumer.info()).num_pending === 0) return [];
    const records: StoredRecord[] = [];
    const messages = await consumer.consume();
    for await (const message of messages) {
      const { writer, events } = message.json<{ writer: string; events: StoredEvent[] }>();
      records.push({ seq: message.seq, subject: message.subject, writer, events: events.length, contents: events });
      if (message.info.pending === 0) break;
    }
    await messages.close();
    return records;
  } finally {
    await connection.close();
  }
}

/**
 * The records written by someone other than the last claimant of their subject: a writer may write only after its
 * claim (an empty record) and until the next one. The fence makes this empty; a record here is an old holder's write
 * that landed after another instance had taken the tenant over.
 */
export function recordsAfterLosingTheClaim(records: readonly StoredRecord[]): StoredRecord[] {
  const claimant = new Map<string, string>();
  const intruders: StoredRecord[] = [];
  for (const record of records) {
    if (record.events === 0) claimant.set(record.subject, record.writer);
    else if (claimant.has(record.subject) && claimant.get(record.subject) !== record.writer) intruders.push(record);
  }
  return intruders;
}
