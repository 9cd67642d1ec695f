import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parseEnv, type TenantConfig } from '@switchboard/config';
import { createLogger } from '@switchboard/logging';
import { createNotifierApp } from '../notifier-app.js';
import { notifierEnvSchema } from '../notifier.env.js';

export interface RunningNotifier {
  app: NestFastifyApplication;
  /** Where it listens, e.g. http://127.0.0.1:41234 */
  url: string;
}

/** The notifier as main.ts starts it, on a free port of 127.0.0.1, joined to `natsUrl`, with `env` on top, for `tenants`. */
export async function startNotifier(
  natsUrl: string,
  signingKey: string,
  env: Record<string, string> = {},
  tenants: TenantConfig[] = [],
): Promise<RunningNotifier> {
  // each its own instance id: several notifiers of one test process would otherwise share host:pid
  const parsed = parseEnv(notifierEnvSchema, {
    NATS_URL: natsUrl,
    SWITCHBOARD_SIGNING_KEY: signingKey,
    LOG_LEVEL: 'silent',
    NOTIFIER_INSTANCE_ID: `test-notifier-${randomUUID()}`,
    ...env,
  });
  const logger = createLogger({ service: 'notifier', level: parsed.LOG_LEVEL });
  const app = await createNotifierApp(parsed, logger, tenants);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}
