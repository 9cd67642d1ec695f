export const ENV = Symbol('ENV');
export const LOGGER = Symbol('LOGGER');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const COMETD_SERVER = Symbol('COMETD_SERVER');
export const RETRY_POLICY = Symbol('RETRY_POLICY');
