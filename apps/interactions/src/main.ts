import 'reflect-metadata';
import { exitOnStartupFailure, loadTenantConfigs, parseEnv } from '@switchboard/config';
import { createLogger } from '@switchboard/logging';
import { createMetricsRegistry } from '@switchboard/metrics';
import { HealthServer } from './health/health-server.js';
import { interactionsReadiness } from './health/interactions-readiness.js';
import { startInteractionsApp } from './interactions-app.js';
import { interactionsEnvSchema } from './interactions.env.js';

async function main(): Promise<void> {
  const env = parseEnv(interactionsEnvSchema);
  const logger = createLogger({ service: 'interactions', level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  const tenants = await loadTenantConfigs(env.SWITCHBOARD_CONFIG_DIR);
  const metrics = createMetricsRegistry();
  const health =
    env.HEALTH_PORT === undefined ? undefined : await HealthServer.listen(env.HEALTH_PORT, env.HEALTH_HOST, metrics);
  const app = await startInteractionsApp(env, logger, tenants, metrics);
  health?.readyWhen(interactionsReadiness(app));
  app.enableShutdownHooks();
  const served = health && `http://${env.HEALTH_HOST}:${String(health.port)}`;
  logger.info(
    { tenants: tenants.map((t) => t.id), health: served && `${served}/readyz`, metrics: served && `${served}/metrics` },
    'interactions service ready',
  );
}

main().catch((error: unknown) => {
  // an invalid configuration exits with EXIT_CONFIG: the launcher stops instead of restarting it
  exitOnStartupFailure('interactions', error);
});
