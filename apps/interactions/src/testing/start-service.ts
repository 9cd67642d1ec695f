import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { BusClient, busConnectionOptions, connectBus, PlainJsonDeserializer, PlainJsonSerializer } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { createLogger } from '@switchboard/logging';
import { pollUntil } from '@switchboard/testing';
import { AppModule } from '../app.module.js';
import { interactionsEnvSchema, type InteractionsEnv } from '../interactions.env.js';
import { demoTenantConfig } from './demo-tenant.js';

const logger = createLogger({ service: 'interactions-test', level: 'silent' });

/**
 * The interactions service in this process, on a real NATS, as main.ts starts it; for one tenant or several, with the
 * environment's defaults unless `overrides` says otherwise.
 */
export async function startInteractionsService(
  natsUrl: string,
  tenants: TenantConfig | TenantConfig[] = demoTenantConfig,
  overrides: Partial<InteractionsEnv> = {},
): Promise<INestMicroservice> {
  const configs = Array.isArray(tenants) ? tenants : [tenants];
  const env = interactionsEnvSchema.parse({ NATS_URL: natsUrl, SWITCHBOARD_CONFIG_DIR: 'unused', LOG_LEVEL: 'silent', ...overrides });
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule.register(env, logger, configs), {
    transport: Transport.NATS,
    options: {
      ...busConnectionOptions(natsUrl, 'interactions'),
      queue: 'interactions',
      serializer: new PlainJsonSerializer(),
      deserializer: new PlainJsonDeserializer(),
    },
    logger: false,
  });
  await app.listen();
  // the service subscribes for every tenant at once (a wildcard per subject): one tenant answering shows them all in
  await answering(natsUrl, configs[0] ?? demoTenantConfig);
  return app;
}

/**
 * listen() resolves once the service's subscriptions are sent, not once nats-server has them: a request from
 * another connection right after can still find no responders. Ready means it answers a query.
 */
async function answering(natsUrl: string, tenant: TenantConfig): Promise<void> {
  const connection = await connectBus(natsUrl, 'interactions-readiness-probe');
  try {
    const bus = new BusClient(connection, undefined, 1_000);
    await pollUntil(() => bus.request('interactionList', tenant.id, {}), { what: 'the interactions service to answer' });
  } finally {
    await connection.close();
  }
}
