import { JetStreamApiError } from '@nats-io/jetstream';
import { errors } from '@nats-io/transport-node';

/** Nobody answered: the service is down, restarting or overloaded. Nothing was acted on, or it may be retried. */
export class BusUnavailableError extends Error {
  constructor(
    readonly subject: string,
    readonly reason: 'no-responders' | 'timeout' | 'closed',
    options?: ErrorOptions,
  ) {
    super(`no answer on ${subject}: ${reason}`, options);
    this.name = 'BusUnavailableError';
  }
}

/** The peer answered something that does not match the contract. */
export class BusProtocolError extends Error {
  constructor(
    readonly subject: string,
    detail: string,
  ) {
    super(`reply on ${subject} does not match the contract: ${detail}`);
    this.name = 'BusProtocolError';
  }
}

/** JetStream's answer while a stream or KV bucket has no leader (an election after a node died). */
const JETSTREAM_NOT_AVAILABLE = 503;

/**
 * Why an error from NATS means that nothing answered — so nothing was done, or nobody knows, and a retry shortly may
 * succeed — or undefined when it means something else. Requests on the bus are not the only ones: a KV read (sessions,
 * CSRF tokens, leases) or a JetStream publish times out too while a stream's leader is being elected, and the client
 * is owed "unavailable, retry" for those as much as for a silent service.
 */
export function unavailabilityOf(error: unknown): BusUnavailableError['reason'] | undefined {
  if (error instanceof errors.TimeoutError) return 'timeout';
  if (error instanceof errors.NoRespondersError || (error instanceof errors.RequestError && error.isNoResponders()))
    return 'no-responders';
  // nats.js does not export this one's class: a JetStream publish that found no stream leader to answer it
  if (error instanceof Error && error.name === 'JetStreamNotEnabled') return 'no-responders';
  if (error instanceof JetStreamApiError && error.status === JETSTREAM_NOT_AVAILABLE) return 'no-responders';
  if (error instanceof errors.ClosedConnectionError || error instanceof errors.DrainingConnectionError) return 'closed';
  return undefined;
}
