import { Counter, Gauge, type Registry } from 'prom-client';
import type { DropReason } from '../icws/session-queues.js';

/** What ICWS messaging reports: messages queued for sessions, and those dropped (then made good by a resync). */
export interface IcwsMetrics {
  queued(count: number): void;
  dropped(reason: DropReason, count: number): void;
}

/**
 * `switchboard_icws_sessions`, `switchboard_icws_messages_queued_total` and `switchboard_icws_messages_dropped_total{reason}`
 * (reason: overflow, idle, delta-without-snapshot, resync-failed); the sessions are counted at each scrape.
 */
export function icwsMetrics(registry: Registry, sessionCount: () => number): IcwsMetrics {
  new Gauge({
    name: 'switchboard_icws_sessions',
    help: 'ICWS sessions whose messages this notifier holds (read by short polls or an event stream).',
    registers: [registry],
    collect() {
      this.set(sessionCount());
    },
  });
  const queued = new Counter({
    name: 'switchboard_icws_messages_queued_total',
    help: 'ICWS messages queued for sessions (or written straight to a session’s event stream).',
    registers: [registry],
  });
  const dropped = new Counter({
    name: 'switchboard_icws_messages_dropped_total',
    help: 'ICWS messages dropped from a session’s queue, by reason; the session’s next read resyncs it with fresh snapshots.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  return {
    queued: (count) => {
      queued.inc(count);
    },
    dropped: (reason, count) => {
      dropped.inc({ reason }, count);
    },
  };
}
