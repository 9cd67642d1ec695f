import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Environment variables every service reads. */
export const commonEnvSchema = z.object({
  NATS_URL: z
    .string({ error: 'required: the NATS server to join, e.g. nats://127.0.0.1:4222 (npm start sets it)' })
    .regex(/^(nats|tls):\/\/[^\s]+$/, 'must look like nats://host:port'),
  SWITCHBOARD_CONFIG_DIR: z.string().default('config'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
});

/** The key tokens, session cookies and internal identities are signed with (shared by gateway and notifier). */
export const signingEnvSchema = z.object({
  SWITCHBOARD_SIGNING_KEY: z
    .string({ error: 'required: a secret of at least 32 characters (npm start generates one into .data/)' })
    .min(32, 'must be at least 32 characters'),
});

export const portSchema = z.coerce.number().int().min(0).max(65535);

/** Parses and validates the environment against a schema; every problem is reported at once, by variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}
