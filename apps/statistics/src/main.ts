import 'reflect-metadata';
import { exitOnStartupFailure, loadTenantConfigs, parseEnv } from '@switchboard/config';
import { createLogger } from '@switchboard/logging';
import { createMetricsRegistry } from '@switchboard/metrics';
import { createStatisticsApp } from './statistics-app.js';
import { statisticsEnvSchema } from './statistics.env.js';

async function main(): Promise<void> {
  const env = parseEnv(statisticsEnvSchema);
  const logger = createLogger({ service: 'statistics', level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  // only to bound the gauges' labels: the figures come from the event log alone
  const tenants = await loadTenantConfigs(env.SWITCHBOARD_CONFIG_DIR);
  const app = await createStatisticsApp(env, logger, tenants, createMetricsRegistry());
  await app.listen(env.STATISTICS_PORT, env.STATISTICS_HOST);
  logger.info(
    {
      port: env.STATISTICS_PORT,
      metrics: `http://${env.STATISTICS_HOST}:${String(env.STATISTICS_PORT)}/metrics`,
    },
    'statistics ready',
  );
}

main().catch((error: unknown) => {
  // an invalid configuration exits with EXIT_CONFIG: the launcher stops instead of restarting it
  exitOnStartupFailure('statistics', error);
});
