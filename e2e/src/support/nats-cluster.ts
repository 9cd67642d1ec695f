import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Platform } from '@switchboard/testing';

interface ClusterFile {
  nodes: { name: string; monitorPort: number }[];
}

interface Jsz {
  account_details?: { stream_detail?: { name: string; cluster?: { leader?: string } }[] }[];
}

/**
 * The name (n1…n3) of the NATS node leading a stream of `npm run start:cluster`'s cluster, as the nodes' /jsz tell
 * it (their monitoring ports are in <dataDir>/run/nats-cluster.json); undefined while none leads it.
 */
export async function streamLeader(platform: Platform, stream: string): Promise<string | undefined> {
  const { nodes } = JSON.parse(
    await readFile(path.join(platform.dataDir, 'run', 'nats-cluster.json'), 'utf8'),
  ) as ClusterFile;
  for (const node of nodes) {
    const jsz = await fetch(`http://127.0.0.1:${String(node.monitorPort)}/jsz?streams=true`).then(
      async (response) => (await response.json()) as Jsz,
      () => undefined,
    );
    const details = (jsz?.account_details ?? []).flatMap((account) => account.stream_detail ?? []);
    const leader = details.find((detail) => detail.name === stream)?.cluster?.leader;
    if (leader !== undefined) return leader;
  }
  return undefined;
}
