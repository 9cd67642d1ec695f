import { Counter, Histogram, type Registry } from 'prom-client';

export interface CallbackTarget {
  tenant: string;
  provider: string;
}

/** What the callback dispatcher reports of each provider callback. */
export interface CallbackMetrics {
  /** The provider took it, `seconds` after the notifier received its event (retries and waits included). */
  delivered(target: CallbackTarget, seconds: number): void;
  /** An attempt failed and another follows. */
  retried(target: CallbackTarget): void;
  /** Every attempt failed: it is in the dead-letter store. */
  deadLettered(target: CallbackTarget): void;
}

/**
 * A provider answers in milliseconds to seconds (CALLBACK_TIMEOUT_MS bounds one attempt); a callback that needed
 * retries takes their backoff too, up to minutes.
 */
const DELIVERY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/**
 * `switchboard_callbacks_delivered_total`, `switchboard_callback_retries_total`,
 * `switchboard_callbacks_dead_lettered_total` and `switchboard_callback_delivery_duration_seconds` (how long each
 * delivered callback took), each by tenant and provider.
 */
export function callbackMetrics(registry: Registry): CallbackMetrics {
  const labelNames = ['tenant', 'provider'] as const;
  const counter = (name: string, help: string): Counter<'tenant' | 'provider'> =>
    new Counter({ name, help, labelNames, registers: [registry] });
  const delivered = counter('switchboard_callbacks_delivered_total', 'Provider callbacks the provider accepted.');
  const retried = counter('switchboard_callback_retries_total', 'Failed provider callback attempts that were retried.');
  const deadLettered = counter(
    'switchboard_callbacks_dead_lettered_total',
    'Provider callbacks dead-lettered after their last attempt failed.',
  );
  const deliveryDuration = new Histogram({
    name: 'switchboard_callback_delivery_duration_seconds',
    help:
      'Time from the notifier receiving the event of a provider callback to the provider accepting it: the wait behind ' +
      "the interaction's earlier callbacks, every attempt and the backoff between them.",
    labelNames,
    buckets: DELIVERY_BUCKETS,
    registers: [registry],
  });
  return {
    delivered: (target, seconds) => {
      delivered.inc({ ...target });
      deliveryDuration.observe({ ...target }, seconds);
    },
    retried: (target) => {
      retried.inc({ ...target });
    },
    deadLettered: (target) => {
      deadLettered.inc({ ...target });
    },
  };
}
