import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadTenantConfigs, parseEnv } from '@switchboard/config';
import { createLogger, PinoNestLogger } from '@switchboard/logging';
import { AppModule } from './app.module.js';
import { notifierEnvSchema } from './notifier.env.js';

/** The same limit the gateway applies; CometD itself would read a body of any size. */
const BODY_LIMIT_BYTES = 100 * 1024;

async function main(): Promise<void> {
  const env = parseEnv(notifierEnvSchema);
  const logger = createLogger({ service: 'notifier', level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  const tenants = await loadTenantConfigs(env.SWITCHBOARD_CONFIG_DIR);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(env, logger, tenants),
    // CometD long polls stay open for up to 30 s; shutting down must not wait for them.
    new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, forceCloseConnections: true }),
    { logger: new PinoNestLogger(logger) },
  );
  app.enableShutdownHooks();
  await app.listen(env.NOTIFIER_PORT, env.NOTIFIER_HOST);
  logger.info({ port: env.NOTIFIER_PORT }, 'notifier ready');
}

main().catch((error: unknown) => {
  console.error(`notifier: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
