import { describe, expect, it } from '@jest/globals';
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { BusValidator, type BusRequestMap } from '@switchboard/contracts';
import { createLogger } from '@switchboard/logging';
import { answerBusRequests } from './bus-responder.js';

type Callback = (error: Error | null, message: Msg) => void;

/** A connection that hands the responder's callback to the test instead of subscribing. */
function fakeConnection(): { connection: NatsConnection; deliver: Callback } {
  let callback: Callback = () => undefined;
  const connection = {
    subscribe: (_subject: string, options: { callback: Callback }) => {
      callback = options.callback;
      return { unsubscribe: () => undefined };
    },
  } as unknown as NatsConnection;
  return {
    connection,
    deliver: (error, message) => {
      callback(error, message);
    },
  };
}

describe('answerBusRequests', () => {
  it('answers internal_error when NATS refuses to carry the answer (larger than max_payload), instead of ending the process', async () => {
    const { connection, deliver } = fakeConnection();
    const sent: string[] = [];
    let answered: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (answered = resolve));
    const message = {
      subject: 'sb.v1.qry.size.statistics.get',
      json: () => ({}),
      respond: (data: string) => {
        // what nats.js does with a payload over the server's max_payload
        if (data.length > 1_000) throw new Error("'payload' max_payload size exceeded");
        sent.push(data);
        answered();
        return true;
      },
    } as unknown as Msg;
    answerBusRequests(
      connection,
      'statisticsGet',
      {
        queue: 'statistics',
        validator: new BusValidator(),
        logger: createLogger({ service: 'test', level: 'silent' }),
        service: 'the statistics service',
      },
      () =>
        Promise.resolve({
          ok: true,
          statistics: { tenant: 'x'.repeat(2_000) },
        } as unknown as BusRequestMap['statisticsGet']['reply']),
    );
    deliver(null, message);
    await done;
    expect(sent.map((data) => JSON.parse(data) as unknown)).toEqual([
      { ok: false, error: { code: 'internal_error', message: 'the statistics service could not answer' } },
    ]);
  });
});
