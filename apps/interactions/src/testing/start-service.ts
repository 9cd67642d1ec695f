import type { INestMicroservice } from '@nestjs/common';
import { BusClient, connectBus } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import { createLogger } from '@switchboard/logging';
import { pollUntil } from '@switchboard/testing';
import { startInteractionsApp } from '../interactions-app.js';
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
  overrides: Partial<Record<keyof InteractionsEnv, unknown>> = {},
): Promise<INestMicroservice> {
  const configs = Array.isArray(tenants) ? tenants : [tenants];
  const env = interactionsEnvSchema.parse({
    NATS_URL: natsUrl,
    SWITCHBOARD_CONFIG_DIR: 'unused',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
  const app = await startInteractionsApp(env, logger, configs);
  // the tenants it took are served once start() resolved; one answering shows its subscriptions reached nats-server
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
    await pollUntil(() => bus.request('interactionList', tenant.id, {}), {
      what: 'the interactions service to answer',
    });
  } finally {
    await connection.close();
  }
}
