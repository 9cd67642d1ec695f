import { Counter, type Registry } from 'prom-client';

export interface CallbackTarget {
  tenant: string;
  provider: string;
}

/** What the callback dispatcher reports of each provider callback. */
export interface CallbackMetrics {
  /** The provider took it. */
  delivered(target: CallbackTarget): void;
  /** An attempt failed and another follows. */
  retried(target: CallbackTarget): void;
  /** Every attempt failed: it is in the dead-letter store. */
  deadLettered(target: CallbackTarget): void;
}

/**
 * `switchboard_callbacks_delivered_total`, `switchboard_callback_retries_total` and
 * `switchboard_callbacks_dead_lettered_total`, each by tenant and provider.
 */
export function callbackMetrics(registry: Registry): CallbackMetrics {
  const counter = (name: string, help: string): Counter<'tenant' | 'provider'> =>
    new Counter({ name, help, labelNames: ['tenant', 'provider'] as const, registers: [registry] });
  const delivered = counter('switchboard_callbacks_delivered_total', 'Provider callbacks the provider accepted.');
  const retried = counter('switchboard_callback_retries_total', 'Failed provider callback attempts that were retried.');
  const deadLettered = counter('switchboard_callbacks_dead_lettered_total', 'Provider callbacks dead-lettered after their last attempt failed.');
  return {
    delivered: (target) => {
      delivered.inc({ ...target });
    },
    retried: (target) => {
      retried.inc({ ...target });
    },
    deadLettered: (target) => {
      deadLettered.inc({ ...target });
    },
  };
}
