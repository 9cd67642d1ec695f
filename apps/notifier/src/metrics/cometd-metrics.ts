import { Counter, Gauge, type Registry } from 'prom-client';

/** The CometD side's metrics: sessions open now, and every message queued for a session's next long poll. */
export interface CometdMetrics {
  /** Messages put into agents' sessions. */
  queued(count: number): void;
}

/** `switchboard_cometd_sessions` (counted at each scrape) and `switchboard_cometd_messages_queued_total`. */
export function cometdMetrics(registry: Registry, sessionCount: () => number): CometdMetrics {
  new Gauge({
    name: 'switchboard_cometd_sessions',
    help: 'CometD sessions of agents (GWS notifications) held by this notifier.',
    registers: [registry],
    collect() {
      this.set(sessionCount());
    },
  });
  const queued = new Counter({
    name: 'switchboard_cometd_messages_queued_total',
    help: 'GWS notifications queued for agents’ CometD sessions (each is sent with the session’s next long poll).',
    registers: [registry],
  });
  return {
    queued: (count) => {
      queued.inc(count);
    },
  };
}
