import { describe, expect, it } from '@jest/globals';
import { errors, type NatsConnection } from '@nats-io/transport-node';
import type { BusRequestOutcome } from '@switchboard/metrics';
import { BusClient } from './bus-client.js';
import { BusProtocolError, BusUnavailableError } from './bus-errors.js';

/** A connection whose every request ends as `answer` says: a reply's body, or an error thrown. */
const connectionAnswering = (answer: () => unknown): NatsConnection =>
  ({
    request: () => Promise.resolve().then(() => ({ json: answer })),
  }) as unknown as NatsConnection;

function observedClient(answer: () => unknown): { client: BusClient; observed: [string, BusRequestOutcome][] } {
  const observed: [string, BusRequestOutcome][] = [];
  const client = new BusClient(connectionAnswering(answer), undefined, 1_000, (channel, outcome, seconds) => {
    expect(seconds).toBeGreaterThanOrEqual(0);
    observed.push([channel, outcome]);
  });
  return { client, observed };
}

describe('BusClient request metrics', () => {
  it('reports each answered request by its channel, not its per-tenant subject', async () => {
    const { client, observed } = observedClient(() => ({ ok: false, error: { code: 'unknown_agent', message: 'no agent x' } }));
    await client.request('agentGet', 'demo', { agentId: 'x' });
    await client.request('agentGet', 'other', { agentId: 'x' });
    expect(observed).toEqual([
      ['agentGet', 'ok'],
      ['agentGet', 'ok'],
    ]);
  });

  it('reports a request nobody answered in time as unavailable, and a reply outside the contract as failed', async () => {
    const late = observedClient(() => {
      throw new errors.TimeoutError();
    });
    await expect(late.client.request('agentGet', 'demo', { agentId: 'x' })).rejects.toBeInstanceOf(BusUnavailableError);
    expect(late.observed).toEqual([['agentGet', 'unavailable']]);
    const invalid = observedClient(() => ({ nonsense: true }));
    await expect(invalid.client.request('agentGet', 'demo', { agentId: 'x' })).rejects.toBeInstanceOf(BusProtocolError);
    expect(invalid.observed).toEqual([['agentGet', 'failed']]);
  });
});
