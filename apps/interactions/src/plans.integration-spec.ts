import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseTenantConfig, type TenantConfig } from '@switchboard/config';
import type { DomainEvent } from '@switchboard/contracts';
import { pollUntil } from '@switchboard/testing';
import { useInteractionsService } from './testing/use-interactions-service.js';

interface Received {
  body: Record<string, string>;
  idempotencyKey: string | undefined;
  response: ServerResponse;
}

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const tenantWithSmsAt = (url: string): TenantConfig =>
  parseTenantConfig(
    'plans.yaml',
    `
id: demo
accountName: Demo
skills: [Spanish]
agents: [{ id: '1', username: ann, passwordHash: '${HASH}', skills: [Spanish] }]
routes: [{ name: SendSMS, plan: sms }, { name: Support, plan: support }]
plans:
  sms:
    initial: send
    applets:
      send: { type: http-request, url: '${url}', send: [ToNum, FromNum, Message], store: { id: SmsId }, next: done, onError: done }
      done: { type: release }
  support:
    initial: language
    applets:
      language:
        type: condition
        branches: [{ when: { field: Language, equals: es }, next: spanish }]
        otherwise: queue
      spanish: { type: skill-tagger, skills: [{ name: Spanish }], next: queue }
      queue: { type: acd }
`,
  );

describe('plans over a real NATS, with a real HTTP endpoint for the HTTP Request applet', () => {
  let server: Server;
  const received: Received[] = [];
  let answerAtOnce = true;

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        const key = request.headers['idempotency-key'];
        received.push({
          body: JSON.parse(text) as Record<string, string>,
          idempotencyKey: typeof key === 'string' ? key : undefined,
          response,
        });
        if (answerAtOnce)
          response
            .writeHead(201, { 'content-type': 'application/json' })
            .end(JSON.stringify({ id: `sms-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', resolve);
    });
  });

  afterAll(async () => {
    for (const { response } of received) response.destroy();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  });

  // Registered after the receiver's hooks: the tenant needs its port.
  const suite = useInteractionsService(() =>
    tenantWithSmsAt(`http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`),
  );

  const eventsFor = async (interactionId: string): Promise<DomainEvent[]> =>
    (await suite.log()).filter((event) => 'interaction' in event.data && event.data.interaction.id === interactionId);
  const sms = { ToNum: '07700936658', FromNum: '0654321', Message: 'Hello!' };

  it('posts ToNum, FromNum and Message for SendSMS, stores the answer, and ends the plan', async () => {
    const reply = await suite.bus.request('interactionDispatch', 'demo', {
      route: 'SendSMS',
      properties: { ...sms, Other: 'x' },
      skills: [],
    });
    if (!reply.ok) throw new Error(reply.error.message);
    const events = await pollUntil(async () => {
      const all = await eventsFor(reply.interactionId);
      return all.some((e) => e.type === 'interaction.released') ? all : undefined;
    });
    expect(events.map((e) => e.type)).toEqual([
      'interaction.plan-paused',
      'interaction.plan-step-completed',
      'interaction.queued',
      'interaction.released',
    ]);
    expect(received[0]?.body).toEqual(sms);
    expect(received[0]?.idempotencyKey).toBe(`${reply.interactionId}:send`);
    const completed = events[1];
    expect(completed?.type === 'interaction.plan-step-completed' && completed.data.interaction.properties.SmsId).toBe(
      'sms-1',
    );
  });

  it('branches on a property and tags a skill before queueing', async () => {
    const reply = await suite.bus.request('interactionDispatch', 'demo', {
      route: 'Support',
      properties: { Language: 'es' },
      skills: [],
    });
    if (!reply.ok) throw new Error(reply.error.message);
    const details = await suite.bus.request('interactionGet', 'demo', { interactionId: reply.interactionId });
    expect(details).toMatchObject({ ok: true, routing: { status: 'waiting', mandatorySkills: ['spanish'] } });
  });

  it('makes a call cut short by a restart again after it, with the same idempotency key', async () => {
    answerAtOnce = false;
    const before = received.length;
    const reply = await suite.bus.request('interactionDispatch', 'demo', {
      route: 'SendSMS',
      properties: sms,
      skills: [],
    });
    if (!reply.ok) throw new Error(reply.error.message);
    await pollUntil(() => (received.length > before ? true : undefined), { what: 'the first call' });
    await suite.restart(() => {
      received[before]?.response.destroy();
      answerAtOnce = true;
    });
    await pollUntil(
      async () =>
        (await eventsFor(reply.interactionId)).some((e) => e.type === 'interaction.released') ? true : undefined,
      {
        what: 'the plan to finish after the restart',
      },
    );
    expect(received.slice(before).map((r) => r.idempotencyKey)).toEqual([
      `${reply.interactionId}:send`,
      `${reply.interactionId}:send`,
    ]);
  }, 30_000); // a restart inside: on a loaded machine it outlasted jest's default 5 s while its waits were still within theirs
});
