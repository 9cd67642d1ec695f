import { commonEnvSchema } from '@switchboard/config';
import { z } from 'zod';

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
  EVENT_RETENTION_SECONDS: z.coerce.number().positive().default(7 * 24 * 3_600),
  /** How often snapshots and the retention purge are looked at besides after commands. */
  LOG_MAINTENANCE_SECONDS: z.coerce.number().positive().default(60),
});

export type InteractionsEnv = z.infer<typeof interactionsEnvSchema>;
