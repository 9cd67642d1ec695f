import { performance } from 'node:perf_hooks';
import type { NatsConnection } from '@nats-io/transport-node';
import { requestSubject, type DispatchInteractionCommand, type InteractionCommandReply } from '@switchboard/contracts';

/** A route both tenants of config/tenants have (an ACD plan: with no agent signed in, each dispatch waits in line). */
export const BENCH_ROUTE = 'Support';
const REQUEST_TIMEOUT_MS = 10_000;
/** Unique external ids across every load of the run. */
let externalIds = 0;

/**
 * One dispatch straight on the bus, as the gateway sends it (without the gateway: the interactions service's own
 * cost). Resolves with its reply; rejects on no responders or a timeout.
 */
export async function dispatchOnBus(connection: NatsConnection, tenant: string): Promise<InteractionCommandReply> {
  const command: DispatchInteractionCommand = {
    externalId: `bench-scale-out-${externalIds++}`,
    route: BENCH_ROUTE,
    properties: {},
    skills: [],
  };
  const reply = await connection.request(requestSubject('interactionDispatch', tenant), JSON.stringify(command), {
    timeout: REQUEST_TIMEOUT_MS,
  });
  return reply.json<InteractionCommandReply>();
}

export interface BusLoadResult {
  /** Dispatches answered ok, by tenant. */
  dispatched: Record<string, number>;
  /** Failure replies, timeouts and no-responders: a phase with any measured something else. */
  failures: number;
  /** Answers (ok or not) that came more than LATE_AFTER_MS after their dispatch was due: only an open loop has any. */
  late: number;
  seconds: number;
}

/** A load over a layout's tenants for `seconds`: the closed loop, or the open loop at a rate. */
export type BusLoad = (
  connection: NatsConnection,
  tenants: readonly string[],
  seconds: number,
) => Promise<BusLoadResult>;

/**
 * A closed loop: `concurrency` senders, spread evenly over `tenants`, each sending its next dispatch when the last one
 * answered, until `seconds` have passed; resolves once every sender's last dispatch has answered, so that no work is
 * left in flight when the caller reads the CPU.
 */
export async function runBusLoad(
  connection: NatsConnection,
  tenants: readonly string[],
  concurrency: number,
  seconds: number,
): Promise<BusLoadResult> {
  const dispatched: Record<string, number> = Object.fromEntries(tenants.map((tenant) => [tenant, 0]));
  let failures = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const sender = async (tenant: string): Promise<void> => {
    while (performance.now() < end) {
      try {
        const reply = await dispatchOnBus(connection, tenant);
        if (reply.ok) dispatched[tenant] = (dispatched[tenant] ?? 0) + 1;
        else failures += 1;
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => sender(tenants[index % tenants.length] ?? '')));
  return { dispatched, failures, late: 0, seconds: (performance.now() - start) / 1000 };
}
