import 'reflect-metadata';
import { loadTenantConfigs, parseEnv } from '@switchboard/config';
import { createLogger } from '@switchboard/logging';
import { startInteractionsApp } from './interactions-app.js';
import { interactionsEnvSchema } from './interactions.env.js';

async function main(): Promise<void> {
  const env = parseEnv(interactionsEnvSchema);
  const logger = createLogger({ service: 'interactions', level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  const tenants = await loadTenantConfigs(env.SWITCHBOARD_CONFIG_DIR);
  const app = await startInteractionsApp(env, logger, tenants);
  app.enableShutdownHooks();
  logger.info({ tenants: tenants.map((t) => t.id) }, 'interactions service ready');
}

main().catch((error: unknown) => {
  console.error(`interactions: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
