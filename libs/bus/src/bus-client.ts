import { performance } from 'node:perf_hooks';
import type { NatsConnection } from '@nats-io/transport-node';
import { BusValidator, describeValidationErrors, requestSubject, type BusRequestMap } from '@switchboard/contracts';
import type { BusRequestObserver } from '@switchboard/metrics';
import { BusProtocolError, BusUnavailableError, unavailabilityOf } from './bus-errors.js';
import { requestIdHeaders } from './request-id-header.js';
import { RequestMux } from './request-mux.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 5_000;

/**
 * Sends typed commands and queries: the subject and both payload types come from the AsyncAPI registry. Each carries
 * the id of the request it is sent for, if any (REQUEST_ID_HEADER).
 */
export class BusClient {
  private readonly requests: RequestMux;

  constructor(
    connection: NatsConnection,
    private readonly validator: BusValidator = new BusValidator(),
    private readonly timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
    /** Told how long each request took and how it ended (an app's bus request metrics). */
    private readonly observe: BusRequestObserver = () => undefined,
  ) {
    this.requests = new RequestMux(connection);
  }

  async request<K extends keyof BusRequestMap>(
    channel: K,
    tenant: string,
    payload: BusRequestMap[K]['request'],
  ): Promise<BusRequestMap[K]['reply']> {
    const subject = requestSubject(channel, tenant);
    const started = performance.now();
    let data: unknown;
    try {
      const reply = await this.requests.request(subject, JSON.stringify(payload), {
        timeoutMs: this.timeoutMs,
        headers: requestIdHeaders(),
      });
      data = reply.json();
    } catch (error) {
      const failure = this.unavailable(subject, error);
      this.observe(
        channel,
        failure instanceof BusUnavailableError ? 'unavailable' : 'failed',
        (performance.now() - started) / 1000,
      );
      throw failure;
    }
    const validate = this.validator.reply(channel);
    if (!validate(data)) {
      this.observe(channel, 'failed', (performance.now() - started) / 1000);
      throw new BusProtocolError(subject, describeValidationErrors(validate.errors));
    }
    this.observe(channel, 'ok', (performance.now() - started) / 1000);
    return data;
  }

  private unavailable(subject: string, error: unknown): Error {
    const reason = unavailabilityOf(error);
    if (reason !== undefined) return new BusUnavailableError(subject, reason, { cause: error });
    return error instanceof Error ? error : new Error(String(error));
  }
}
