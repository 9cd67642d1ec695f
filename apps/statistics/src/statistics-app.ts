import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Registry } from 'prom-client';
import { httpServerTimeouts, type TenantConfig } from '@switchboard/config';
import { PinoNestLogger, type Logger } from '@switchboard/logging';
import { AppModule } from './app.module.js';
import type { StatisticsEnv } from './statistics.env.js';
import { systemClock, type Clock } from './tokens.js';

/**
 * The statistics service, not yet listening: the one definition main.ts and the tests start. Its metrics go to
 * `metrics` (a registry of their own by default, so that several instances in one test process stay apart).
 */
export async function createStatisticsApp(
  env: StatisticsEnv,
  logger: Logger,
  tenants: TenantConfig[],
  metrics: Registry = new Registry(),
  clock: Clock = systemClock,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(env, logger, tenants, metrics, clock),
    new FastifyAdapter({ forceCloseConnections: true, ...httpServerTimeouts(env) }),
    { logger: new PinoNestLogger(logger) },
  );
  app.enableShutdownHooks();
  return app;
}
