// Request/reply through RequestMux (how BusClient sends), on a real nats-server 2.9: each request gets its own reply,
// and each way of getting none fails the way callers tell apart (unavailabilityOf).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errors } from '@nats-io/transport-node';
import { requestSubject } from '@switchboard/contracts';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { BusClient } from './bus-client.js';
import { BusUnavailableError, unavailabilityOf } from './bus-errors.js';
import { connectBus, type NatsConnection } from './nats-connection.js';
import { RequestMux } from './request-mux.js';

describe('RequestMux on a real nats-server', () => {
  let nats: NatsHarness;
  let responder: NatsConnection;
  let requester: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    responder = await connectBus(nats.url, 'mux-responder');
    requester = await connectBus(nats.url, 'mux-requester');
    responder.subscribe('mux.echo', {
      callback: (_error, message) => {
        message.respond(`echo ${message.string()}`);
      },
    });
    responder.subscribe('mux.silent', { callback: () => undefined });
    await responder.flush();
  });

  afterAll(async () => {
    await requester.close().catch(() => undefined);
    await responder.close();
    await nats.stop();
  });

  it('answers each of many requests in flight at once with its own reply', async () => {
    const mux = new RequestMux(requester);
    const texts = Array.from({ length: 200 }, (_, index) => String(index));
    const replies = await Promise.all(texts.map((text) => mux.request('mux.echo', text, { timeoutMs: 5_000 })));
    expect(replies.map((reply) => reply.string())).toEqual(texts.map((text) => `echo ${text}`));
  });

  it('fails a request nobody subscribes to at once, as no responders', async () => {
    const mux = new RequestMux(requester);
    const failure = await mux.request('mux.nobody', 'x', { timeoutMs: 60_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(errors.NoRespondersError);
    expect(unavailabilityOf(failure)).toBe('no-responders');
  });

  it('fails a request nobody answers as a timeout', async () => {
    const mux = new RequestMux(requester);
    const failure = await mux.request('mux.silent', 'x', { timeoutMs: 50 }).catch((error: unknown) => error);
    expect(unavailabilityOf(failure)).toBe('timeout');
  });

  it('fails the bus requests still waiting when the connection closes at once, as closed: the service is unavailable', async () => {
    const closing = await connectBus(nats.url, 'mux-closing');
    const bus = new BusClient(closing, undefined, 60_000);
    // the interactions service's subject for the tenant: the silent responder never answers it
    responder.subscribe(requestSubject('agentGet', 'mux-tenant'), { callback: () => undefined });
    await responder.flush();
    const waiting = bus.request('agentGet', 'mux-tenant', { agentId: '1' }).catch((error: unknown) => error);
    await closing.flush();
    await closing.close();
    const failure = await waiting;
    expect(failure).toBeInstanceOf(BusUnavailableError);
    expect((failure as BusUnavailableError).reason).toBe('closed');
  });
});
