/** Injection tokens for what the interactions service gets from outside: config, logger, NATS, clock. */
export const ENV = Symbol('ENV');
export const LOGGER = Symbol('LOGGER');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const SNAPSHOT_STORE = Symbol('SNAPSHOT_STORE');
export const EVENT_LOG_ADMIN = Symbol('EVENT_LOG_ADMIN');
export const CLOCK = Symbol('CLOCK');
export const TENANT_CONFIGS = Symbol('TENANT_CONFIGS');
/** The transport, subscribed per tenant held (TenantOwnedNatsServer). */
export const TENANT_SERVER = Symbol('TENANT_SERVER');
/** The service's metrics registry (prom-client), served on HEALTH_PORT at /metrics. */
export const METRICS = Symbol('METRICS');
/** Where the credentials of agents configured live are written for the gateways (AgentCredentials). */
export const AGENT_CREDENTIALS = Symbol('AGENT_CREDENTIALS');
