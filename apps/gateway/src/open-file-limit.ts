import { readFile } from 'node:fs/promises';

/** Descriptors kept for everything but proxied connections: NATS, logs, the listening socket, other requests. */
const RESERVED_DESCRIPTORS = 128;

/** The soft limit on open files, read from /proc/self/limits (Linux); undefined where there is none to read. */
export async function openFileLimit(
  limits: () => Promise<string> = () => readFile('/proc/self/limits', 'utf8'),
): Promise<number | undefined> {
  const text = await limits().catch(() => '');
  const soft = /^Max open files\s+(\S+)/m.exec(text)?.[1];
  if (soft === undefined || soft === 'unlimited') return undefined;
  const limit = Number.parseInt(soft, 10);
  return Number.isInteger(limit) ? limit : undefined;
}

/**
 * Why the gateway may run out of file descriptors before it has used its upstream pool, or undefined when it
 * cannot: each connected desktop holds its own connection to the gateway and one of the pool's to the notifier.
 */
export function openFileShortfall(limit: number | undefined, upstreamConnections: number): string | undefined {
  const needed = 2 * upstreamConnections + RESERVED_DESCRIPTORS;
  if (limit === undefined || limit >= needed) return undefined;
  const desktops = Math.max(0, Math.floor((limit - RESERVED_DESCRIPTORS) / 2));
  return (
    `the open-file limit (${limit}) is below the ${needed} descriptors that GATEWAY_UPSTREAM_CONNECTIONS=${upstreamConnections} ` +
    `may need (a client and an upstream connection per connected desktop): about ${desktops} desktops fit. ` +
    'Raise the limit (ulimit -n, systemd LimitNOFILE) or lower GATEWAY_UPSTREAM_CONNECTIONS.'
  );
}
