import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestContext {
  readonly requestId: string;
}

/**
 * The request a piece of work is done for, carried along its async calls: the gateway enters it for each HTTP
 * request, the services for each bus request whose headers name one. Loggers stamp their lines with it (see
 * createLogger) and the bus client passes it on, so nothing in between has to hand it down.
 */
const requestContext = new AsyncLocalStorage<RequestContext>();

/** Runs `work` (and all it starts) as part of the request `requestId`. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

/**
 * Runs `work` as part of no request: for timers and batches started during one request that outlive it or serve
 * others, which would otherwise carry its id for ever.
 */
export function runOutsideRequest<T>(work: () => T): T {
  return requestContext.exit(work);
}

/** The id of the request the current work is done for, if any. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
