import type { Provider } from '@nestjs/common';
import {
  ConnectionHealth,
  natsConnected,
  READINESS_CHECKS,
  type NatsConnection,
  type ReadinessCheck,
} from '@switchboard/bus';
import { NotifierRegistration } from '../registry/notifier-registration.js';
import { NATS_CONNECTION } from '../tokens.js';

/**
 * The notifier is ready when connected to NATS and registered for the gateways. /readyz answers once the app
 * listens, which is after the CometD server and both consumers started.
 */
export const notifierReadinessChecks: Provider = {
  provide: READINESS_CHECKS,
  inject: [NATS_CONNECTION, NotifierRegistration],
  useFactory: (connection: NatsConnection, registration: NotifierRegistration): Record<string, ReadinessCheck> => ({
    nats: natsConnected(new ConnectionHealth(connection)),
    registration: registration.readiness,
  }),
};
