import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { MicroserviceOptions } from '@nestjs/microservices';
import { Registry } from 'prom-client';
import { busConnectionOptions, PlainJsonDeserializer, PlainJsonSerializer } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { PinoNestLogger, type Logger } from '@switchboard/logging';
import { AppModule } from './app.module.js';
import { InteractionsBus } from './handlers/interactions-bus.js';
import type { InteractionsEnv } from './interactions.env.js';
import { TenantOwnedNatsServer } from './ownership/tenant-owned-server.js';
import { TenantOwnership } from './ownership/tenant-ownership.js';

/**
 * The interactions service, listening: its transport connected, then the tenants it can take leased, restored and
 * served. How main.ts starts it, and how tests do. Its metrics go to `metrics` (a registry of their own by default,
 * so that several services in one test process stay apart).
 */
export async function startInteractionsApp(
  env: InteractionsEnv,
  logger: Logger,
  tenants: TenantConfig[],
  metrics: Registry = new Registry(),
): Promise<INestMicroservice> {
  const server = new TenantOwnedNatsServer({
    // Reconnects for ever, quickly (a restarted nats-server is back within about a second), without async traces.
    ...busConnectionOptions(env.NATS_URL, 'interactions'),
    serializer: new PlainJsonSerializer(),
    deserializer: new PlainJsonDeserializer(),
    // On shutdown: stop taking commands, give those in flight a second (each takes milliseconds), then close.
    // Nest's default grace is 10 s. A caller that got no answer retries with the same request id.
    gracefulShutdown: true,
    gracePeriod: 1_000,
  });
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(
    AppModule.register(env, logger, tenants, server, metrics),
    {
      strategy: server,
      logger: new PinoNestLogger(logger),
    },
  );
  // the bus requests it answers, for each tenant it serves: the contract's interactions channels, one table
  server.answerWith(app.get(InteractionsBus));
  await app.listen();
  await app.get(TenantOwnership).start();
  return app;
}
