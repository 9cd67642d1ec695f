import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { busConnectionOptions, PlainJsonDeserializer, PlainJsonSerializer } from '@switchboard/bus';
import { loadTenantConfigs, parseEnv } from '@switchboard/config';
import { createLogger, PinoNestLogger } from '@switchboard/logging';
import { AppModule } from './app.module.js';
import { interactionsEnvSchema } from './interactions.env.js';

/** Replicas share this queue group, so each command is handled by exactly one of them. */
const QUEUE_GROUP = 'interactions';

async function main(): Promise<void> {
  const env = parseEnv(interactionsEnvSchema);
  const logger = createLogger({ service: 'interactions', level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  const tenants = await loadTenantConfigs(env.SWITCHBOARD_CONFIG_DIR);
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule.register(env, logger, tenants), {
    transport: Transport.NATS,
    options: {
      // Reconnects for ever, quickly (a restarted nats-server is back within about a second), without async traces.
      ...busConnectionOptions(env.NATS_URL, 'interactions'),
      queue: QUEUE_GROUP,
      serializer: new PlainJsonSerializer(),
      deserializer: new PlainJsonDeserializer(),
      // On shutdown: stop taking commands, give those in flight a second (each takes milliseconds), then close.
      // Nest's default grace is 10 s. A caller that got no answer retries with the same request id.
      gracefulShutdown: true,
      gracePeriod: 1_000,
    },
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  await app.listen();
  logger.info({ tenants: tenants.map((t) => t.id) }, 'interactions service ready');
}

main().catch((error: unknown) => {
  console.error(`interactions: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
