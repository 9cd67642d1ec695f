import type { Provider } from '@nestjs/common';
import {
  ConnectionHealth,
  natsConnected,
  READINESS_CHECKS,
  type NatsConnection,
  type ReadinessCheck,
} from '@switchboard/bus';
import { LogReader } from '../read-model/log-reader.js';
import { NATS_CONNECTION } from '../tokens.js';

/**
 * The statistics service is ready when connected to NATS and caught up with the event log as it was at start, so
 * that today's figures it answers are whole.
 */
export const statisticsReadinessChecks: Provider = {
  provide: READINESS_CHECKS,
  inject: [NATS_CONNECTION, LogReader],
  useFactory: (connection: NatsConnection, reader: LogReader): Record<string, ReadinessCheck> => ({
    nats: natsConnected(new ConnectionHealth(connection)),
    log: () => (reader.ready ? undefined : 'still reading today’s event log'),
  }),
};
