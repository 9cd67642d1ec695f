import { afterEach, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import type { AppletConfig } from '@switchboard/config';
import type { InteractionSnapshot } from '@switchboard/contracts';
import { DataConnector, MAX_ANSWER_BYTES, MAX_FIELD_CHARACTERS } from './data-connector.js';

type HttpRequestApplet = Extract<AppletConfig, { type: 'http-request' }>;

const applet = (overrides: Partial<HttpRequestApplet> = {}): HttpRequestApplet => ({
  type: 'http-request',
  url: 'https://sms.example/v1/messages',
  method: 'POST',
  send: ['ToNum', 'FromNum', 'Message'],
  headers: { authorization: 'Bearer sms-key' },
  timeoutSeconds: 1,
  store: { id: 'SmsId', 'status.code': 'SmsStatus' },
  next: 'done',
  ...overrides,
});

const interaction: InteractionSnapshot = {
  id: '100000007',
  route: 'SendSMS',
  interactionType: 'nonlive',
  mediaType: 'API Object',
  properties: { ToNum: '07700936658', FromNum: '0654321', Message: 'Hello!', Internal: 'not sent' },
  skills: [],
  queuedAt: '2026-01-01T00:00:00.000Z',
};

describe('DataConnector', () => {
  afterEach(() => {
    nock.cleanAll();
  });

  it('posts the chosen properties with the configured headers and stores fields of the answer', async () => {
    const sms = nock('https://sms.example', {
      reqheaders: {
        authorization: 'Bearer sms-key',
        'idempotency-key': '100000007:send',
        'content-type': 'application/json',
      },
    })
      .post('/v1/messages', { ToNum: '07700936658', FromNum: '0654321', Message: 'Hello!' })
      .reply(201, { id: 'msg-1', status: { code: 3 } });
    expect(await new DataConnector().call(applet(), 'send', interaction)).toEqual({
      ok: true,
      fields: { SmsId: 'msg-1', SmsStatus: '3' },
    });
    sms.done();
  });

  it('fails a call whose answer would make a property over the limit, or is itself too large: the plan takes onError', async () => {
    const lookup = applet({ url: 'https://crm.example/contact', method: 'GET', send: [], store: { notes: 'Notes' } });
    const long = nock('https://crm.example')
      .get('/contact')
      .reply(200, { notes: 'n'.repeat(MAX_FIELD_CHARACTERS + 1) });
    expect(await new DataConnector().call(lookup, 'lookup', interaction)).toEqual({
      ok: false,
      error: `the answer's notes is over ${String(MAX_FIELD_CHARACTERS)} characters`,
    });
    long.done();
    const huge = nock('https://crm.example')
      .get('/contact')
      .reply(200, { other: 'x'.repeat(MAX_ANSWER_BYTES) });
    expect(await new DataConnector().call(lookup, 'lookup', interaction)).toEqual({
      ok: false,
      error: `the answer from https://crm.example is over ${String(MAX_ANSWER_BYTES)} bytes`,
    });
    huge.done();
    const fits = nock('https://crm.example')
      .get('/contact')
      .reply(200, { notes: 'n'.repeat(MAX_FIELD_CHARACTERS) });
    expect(await new DataConnector().call(lookup, 'lookup', interaction)).toEqual({
      ok: true,
      fields: { Notes: 'n'.repeat(MAX_FIELD_CHARACTERS) },
    });
    fits.done();
  });

  it('sends query parameters for GET', async () => {
    const lookup = nock('https://crm.example')
      .get('/contact')
      .query({ ToNum: '07700936658' })
      .reply(200, { name: 'Ann' });
    const result = await new DataConnector().call(
      applet({ url: 'https://crm.example/contact', method: 'GET', send: ['ToNum'], store: { name: 'ContactName' } }),
      'lookup',
      interaction,
    );
    expect(result).toEqual({ ok: true, fields: { ContactName: 'Ann' } });
    lookup.done();
  });

  // The timeout is tested against a real, silent server in data-connector.integration-spec.ts: nock's fetch
  // interception does not honour the abort signal.
  it('reports an error status and a refused connection as failures, never throws', async () => {
    const failing = nock('https://sms.example').post('/v1/messages').reply(503, 'down');
    expect(await new DataConnector().call(applet(), 'send', interaction)).toEqual({
      ok: false,
      error: 'HTTP 503 from https://sms.example',
    });
    failing.done();

    nock.disableNetConnect();
    const refused = await new DataConnector().call(applet({ url: 'https://nowhere.example/x' }), 'send', interaction);
    expect(refused.ok).toBe(false);
    nock.enableNetConnect();
  });
});
