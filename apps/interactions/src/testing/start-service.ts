import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { PlainJsonDeserializer, PlainJsonSerializer } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { createLogger } from '@switchboard/logging';
import { AppModule } from '../app.module.js';
import { demoTenantConfig } from './demo-tenant.js';

const logger = createLogger({ service: 'interactions-test', level: 'silent' });

/** The interactions service in this process, on a real NATS, as main.ts starts it. */
export async function startInteractionsService(natsUrl: string, tenant: TenantConfig = demoTenantConfig): Promise<INestMicroservice> {
  const env = {
    NATS_URL: natsUrl,
    SWITCHBOARD_CONFIG_DIR: 'unused',
    LOG_LEVEL: 'silent',
    LOG_FORMAT: 'json',
    REQUEST_ID_RETENTION_HOURS: 24,
  } as const;
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule.register(env, logger, [tenant]), {
    transport: Transport.NATS,
    options: { servers: [natsUrl], queue: 'interactions', serializer: new PlainJsonSerializer(), deserializer: new PlainJsonDeserializer() },
    logger: false,
  });
  await app.listen();
  return app;
}
