import 'reflect-metadata';
import { exitOnStartupFailure, loadTenantConfigs, parseEnv } from '@switchboard/config';
import { createLogger } from '@switchboard/logging';
import { createMetricsRegistry } from '@switchboard/metrics';
import { createNotifierApp } from './notifier-app.js';
import { notifierEnvSchema } from './notifier.env.js';

async function main(): Promise<void> {
  const env = parseEnv(notifierEnvSchema);
  const logger = createLogger({ service: 'notifier', level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  const tenants = await loadTenantConfigs(env.SWITCHBOARD_CONFIG_DIR);
  const app = await createNotifierApp(env, logger, tenants, createMetricsRegistry());
  await app.listen(env.NOTIFIER_PORT, env.NOTIFIER_HOST);
  logger.info(
    { port: env.NOTIFIER_PORT, metrics: `http://${env.NOTIFIER_HOST}:${String(env.NOTIFIER_PORT)}/metrics` },
    'notifier ready',
  );
}

main().catch((error: unknown) => {
  // an invalid configuration exits with EXIT_CONFIG: the launcher stops instead of restarting it
  exitOnStartupFailure('notifier', error);
});
