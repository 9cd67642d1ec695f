import { describe, expect, it } from '@jest/globals';
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import type { BusRequestOutcome } from '@switchboard/metrics';
import { BusClient } from './bus-client.js';
import { BusProtocolError, BusUnavailableError } from './bus-errors.js';

type Callback = (error: Error | null, message: Msg) => void;

/** A connection whose every request is answered with the body `answer` gives, or not at all (undefined). */
const connectionAnswering = (answer: () => unknown): NatsConnection => {
  let deliver: Callback = () => undefined;
  return {
    isClosed: () => false,
    isDraining: () => false,
    closed: () => new Promise(() => undefined),
    subscribe: (_subject: string, options: { callback: Callback }) => {
      deliver = options.callback;
      return {};
    },
    publish: (_subject: string, _data: string, options: { reply: string }) => {
      const body = answer();
      if (body === undefined) return;
      queueMicrotask(() => {
        deliver(null, {
          subject: options.reply,
          data: new TextEncoder().encode(JSON.stringify(body)),
          json: () => body,
        } as unknown as Msg);
      });
    },
  } as unknown as NatsConnection;
};

function observedClient(
  answer: () => unknown,
  timeoutMs = 1_000,
): { client: BusClient; observed: [string, BusRequestOutcome][] } {
  const observed: [string, BusRequestOutcome][] = [];
  const client = new BusClient(connectionAnswering(answer), undefined, timeoutMs, (channel, outcome, seconds) => {
    expect(seconds).toBeGreaterThanOrEqual(0);
    observed.push([channel, outcome]);
  });
  return { client, observed };
}

describe('BusClient request metrics', () => {
  it('reports each answered request by its channel, not its per-tenant subject', async () => {
    const { client, observed } = observedClient(() => ({
      ok: false,
      error: { code: 'unknown_agent', message: 'no agent x' },
    }));
    await client.request('agentGet', 'demo', { agentId: 'x' });
    await client.request('agentGet', 'other', { agentId: 'x' });
    expect(observed).toEqual([
      ['agentGet', 'ok'],
      ['agentGet', 'ok'],
    ]);
  });

  it('reports a request nobody answered in time as unavailable, and a reply outside the contract as failed', async () => {
    // nobody answers: it times out
    const late = observedClient(() => undefined, 1);
    await expect(late.client.request('agentGet', 'demo', { agentId: 'x' })).rejects.toBeInstanceOf(BusUnavailableError);
    expect(late.observed).toEqual([['agentGet', 'unavailable']]);
    const invalid = observedClient(() => ({ nonsense: true }));
    await expect(invalid.client.request('agentGet', 'demo', { agentId: 'x' })).rejects.toBeInstanceOf(BusProtocolError);
    expect(invalid.observed).toEqual([['agentGet', 'failed']]);
  });
});
