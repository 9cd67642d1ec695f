import { commonEnvSchema, portSchema, signingEnvSchema } from '@switchboard/config';
import { z } from 'zod';

export const notifierEnvSchema = commonEnvSchema.extend(signingEnvSchema.shape).extend({
  /** Internal port: clients reach CometD through the gateway, which vouches for the agent. */
  NOTIFIER_PORT: portSchema.default(8081),
  NOTIFIER_HOST: z.string().default('127.0.0.1'),
});

export type NotifierEnv = z.infer<typeof notifierEnvSchema>;
