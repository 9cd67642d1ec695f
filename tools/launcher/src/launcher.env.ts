import { portSchema } from '@switchboard/config';
import { z } from 'zod';

export const launcherEnvSchema = z.object({
  /** Join this NATS instead of starting a private one. */
  NATS_URL: z.string().regex(/^(nats|tls):\/\/\S+$/, 'must look like nats://host:port').optional(),
  PORT: portSchema.default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** JetStream storage, the generated signing key and the apps' pid files live here. */
  SWITCHBOARD_DATA_DIR: z.string().default('.data'),
  SWITCHBOARD_CONFIG_DIR: z.string().default('config'),
  SWITCHBOARD_SIGNING_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /**
   * Interactions services `npm run start:cluster` runs. 1 until tenant leases exist (issue 13): two would each
   * take a share of every tenant's commands with a state of their own.
   */
  CLUSTER_INTERACTIONS: z.coerce.number().int().min(1).max(4).default(1),
  /** The second gateway's port under `npm run start:cluster`; PORT + 1 when unset. */
  SECOND_GATEWAY_PORT: portSchema.optional(),
});

export type LauncherEnv = z.infer<typeof launcherEnvSchema>;
