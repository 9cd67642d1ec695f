import { commonEnvSchema } from '@switchboard/config';
import { z } from 'zod';

export const interactionsEnvSchema = commonEnvSchema.extend({
  /** How long a VCC requestid is remembered; a repeat inside it returns the first outcome. */
  REQUEST_ID_RETENTION_HOURS: z.coerce.number().positive().default(24),
});

export type InteractionsEnv = z.infer<typeof interactionsEnvSchema>;
