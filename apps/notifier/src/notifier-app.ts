import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Registry } from 'prom-client';
import { httpServerTimeouts, type TenantConfig } from '@switchboard/config';
import { PinoNestLogger, type Logger } from '@switchboard/logging';
import { AppModule } from './app.module.js';
import { registerJsonBodyParser } from './json-body-parser.js';
import type { NotifierEnv } from './notifier.env.js';

/** The same limit the gateway applies; CometD itself would read a body of any size. */
const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * The notifier application, not yet listening: the one definition main.ts and the tests start, so what the tests
 * run cannot drift from what ships. Its metrics go to `metrics` (a registry of their own by default, so that several
 * notifiers in one test process stay apart), served at /metrics.
 */
export async function createNotifierApp(
  env: NotifierEnv,
  logger: Logger,
  tenants: TenantConfig[],
  metrics: Registry = new Registry(),
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(env, logger, tenants, metrics),
    // CometD long polls stay open for up to 30 s; shutting down must not wait for them. Its only client is the
    // gateway, but it holds one connection per connected desktop: the same limits on slow and idle clients apply.
    new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, forceCloseConnections: true, ...httpServerTimeouts(env) }),
    { logger: new PinoNestLogger(logger) },
  );
  registerJsonBodyParser(app);
  app.enableShutdownHooks();
  return app;
}
