import { Module, type DynamicModule } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { connectBus, ProbesController } from '@switchboard/bus';
import type { TenantConfig } from '@switchboard/config';
import type { Logger } from '@switchboard/logging';
import { MetricsController } from '@switchboard/metrics';
import { StatisticsResponder } from './bus/statistics-responder.js';
import { statisticsReadinessChecks } from './health/readiness-checks.js';
import { registerStatisticsGauges } from './metrics/statistics-gauges.js';
import { LogReader } from './read-model/log-reader.js';
import { StatisticsReadModel } from './read-model/read-model.js';
import { settingsOf, type StatisticsEnv } from './statistics.env.js';
import { CLOCK, ENV, LOGGER, METRICS, NATS_CONNECTION, systemClock, type Clock } from './tokens.js';

@Module({})
export class AppModule {
  static register(
    env: StatisticsEnv,
    logger: Logger,
    tenants: TenantConfig[],
    metrics: Registry,
    clock: Clock = systemClock,
  ): DynamicModule {
    const model = new StatisticsReadModel(settingsOf(env));
    registerStatisticsGauges(metrics, model, tenants, clock);
    return {
      module: AppModule,
      controllers: [ProbesController, MetricsController],
      providers: [
        { provide: ENV, useValue: env },
        { provide: LOGGER, useValue: logger },
        { provide: CLOCK, useValue: clock },
        { provide: METRICS, useValue: metrics },
        statisticsReadinessChecks,
        { provide: NATS_CONNECTION, useFactory: () => connectBus(env.NATS_URL, 'statistics') },
        { provide: StatisticsReadModel, useValue: model },
        LogReader,
        StatisticsResponder,
      ],
    };
  }
}
