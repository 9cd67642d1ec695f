import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import {
  describeValidationErrors,
  requestSubjectPattern,
  tenantOfSubject,
  type BusRequestMap,
  type BusValidator,
} from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { logAnsweredRequest } from './answered-request-log.js';
import { answerInRequestOf } from './request-id-header.js';

export interface BusResponderOptions {
  /** The queue group: any one of the service's instances answers. */
  queue: string;
  validator: BusValidator;
  logger: Logger;
  /** Who answers, for the failure's message and log line ("the statistics service"). */
  service: string;
}

/**
 * Answers one request channel of the bus contract on every tenant's subject: the request validated against the
 * contract (invalid_command with what is wrong), handled, logged as answered, and a handler that throws answered
 * internal_error — the caller never waits for a timeout. Lines logged meanwhile carry the caller's request id.
 */
export function answerBusRequests<K extends keyof BusRequestMap>(
  connection: NatsConnection,
  channel: K,
  options: BusResponderOptions,
  handle: (tenant: string, request: BusRequestMap[K]['request']) => Promise<BusRequestMap[K]['reply']>,
): Subscription {
  const validate = options.validator.request(channel);
  const respond = async (message: Msg): Promise<void> => {
    const started = performance.now();
    const tenant = tenantOfSubject(message.subject);
    let reply: unknown;
    try {
      const payload: unknown = message.json();
      reply = validate(payload)
        ? await handle(tenant, payload)
        : { ok: false, error: { code: 'invalid_command', message: describeValidationErrors(validate.errors) } };
      logAnsweredRequest(options.logger, channel, tenant, reply, performance.now() - started);
    } catch (error) {
      options.logger.error({ err: error, subject: message.subject }, `${channel} request failed`);
      reply = { ok: false, error: { code: 'internal_error', message: `${options.service} could not answer` } };
    }
    try {
      message.respond(JSON.stringify(reply));
    } catch (error) {
      // an answer NATS refuses to carry (larger than the server's max_payload): the caller hears internal_error at
      // once, and the process lives on — thrown here, the rejection would end it
      options.logger.error({ err: error, subject: message.subject }, `${channel} answer could not be sent`);
      message.respond(
        JSON.stringify({
          ok: false,
          error: { code: 'internal_error', message: `${options.service} could not answer` },
        }),
      );
    }
  };
  return connection.subscribe(requestSubjectPattern(channel), {
    queue: options.queue,
    callback: (error, message) => {
      if (!error) void answerInRequestOf(message, () => respond(message));
    },
  });
}
