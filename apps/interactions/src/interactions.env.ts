import { z } from 'zod';
import { commonEnvSchema, portSchema } from '@switchboard/config';

export const interactionsEnvSchema = commonEnvSchema.extend({
  /** How long a VCC requestid is remembered; a repeat inside it returns the first outcome. */
  REQUEST_ID_RETENTION_HOURS: z.coerce.number().positive().default(24),
  /** A tenant is snapshotted once the log has grown this much past its last snapshot: the most a start replays. */
  SNAPSHOT_EVERY_EVENTS: z.coerce.number().int().positive().default(100_000),
  /** A tenant that changed is snapshotted at least this often, however little the log grew. */
  SNAPSHOT_MAX_AGE_SECONDS: z.coerce.number().positive().default(3_600),
  /**
   * Events are kept at least this long (7 days by default), and until every tenant has a snapshot past them; older
   * ones are purged, so the log's disk follows traffic × this window.
   */
  EVENT_RETENTION_SECONDS: z.coerce
    .number()
    .positive()
    .default(7 * 24 * 3_600),
  /** How often snapshots and the retention purge are looked at besides after commands. */
  LOG_MAINTENANCE_SECONDS: z.coerce.number().positive().default(60),
  /**
   * How long a tenant's lease outlives its holder's last renew (renewed every third of it): how long a tenant whose
   * instance died waits before another one takes it over. Every instance must run with the same value.
   */
  LEASE_TTL_SECONDS: z.coerce.number().min(1).default(5),
  /**
   * The tenants this instance takes as soon as they are free (comma-separated; empty: all). It takes other free ones
   * from a few seconds after its start: placement when every instance is up, failover when one is not.
   */
  PREFERRED_TENANTS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((tenant) => tenant.trim())
        .filter((tenant) => tenant.length > 0),
    ),
  /** This instance's name in the leases and in every record it writes; the host and process id when unset. */
  INSTANCE_ID: z.string().min(1).max(200).optional(),
  /**
   * The service answers NATS only, so its /livez and /readyz (for an orchestrator's probes) and /metrics (for
   * Prometheus) have a small HTTP server of their own, on this port; none when unset, so that several instances on one host need no ports (`npm start`
   * sets one, on a free port).
   */
  HEALTH_PORT: portSchema.optional(),
  HEALTH_HOST: z.string().default('127.0.0.1'),
});

export type InteractionsEnv = z.infer<typeof interactionsEnvSchema>;
