import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FailOpenCounter } from './fail-open-counter.js';

/**
 * The rate-limit plugin's store (it constructs the class itself) over one counter shared by every gateway replica.
 * The window is the counter's (the bucket's max age), so the plugin's `timeWindow` must be the same.
 */
export function sharedRateLimitStore(counter: FailOpenCounter): FastifyRateLimitStoreCtor {
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      _timeWindow: number,
      max: number,
    ): void {
      counter.increment(key, max).then(
        (count) => {
          callback(null, count);
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }

    child(): FastifyRateLimitStore {
      // a route's own limit would need a counter of its own (another window, another key space): none has one yet
      throw new Error('per-route rate limits are not supported by the shared rate-limit store');
    }
  };
}
