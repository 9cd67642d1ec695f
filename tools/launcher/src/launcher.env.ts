import { z } from 'zod';
import { portSchema } from '@switchboard/config';

export const launcherEnvSchema = z.object({
  /** Join this NATS instead of starting a private one. */
  NATS_URL: z
    .string()
    .regex(/^(nats|tls):\/\/\S+$/, 'must look like nats://host:port')
    .optional(),
  PORT: portSchema.default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** JetStream storage, the generated signing key and the apps' pid files live here. */
  SWITCHBOARD_DATA_DIR: z.string().default('.data'),
  SWITCHBOARD_CONFIG_DIR: z.string().default('config'),
  SWITCHBOARD_SIGNING_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /**
   * Interactions services `npm run start:cluster` runs: each tenant is held by one at a time (a lease), the tenants
   * spread over them, and a dead one's tenants taken over by the others.
   */
  CLUSTER_INTERACTIONS: z.coerce.number().int().min(1).max(4).default(2),
  /** The second gateway's port under `npm run start:cluster`; PORT + 1 when unset. */
  SECOND_GATEWAY_PORT: portSchema.optional(),
});

export type LauncherEnv = z.infer<typeof launcherEnvSchema>;
