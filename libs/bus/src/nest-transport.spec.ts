import { describe, expect, it } from '@jest/globals';
import { PlainJsonSerializer } from './nest-transport.js';

describe('PlainJsonSerializer', () => {
  it('puts a reply on the wire as plain JSON', () => {
    expect(new PlainJsonSerializer().serialize({ response: { ok: true, n: 1 } })).toEqual({
      data: '{"ok":true,"n":1}',
    });
  });

  it('answers a failure, not a reply NATS would refuse, when the reply is over the limit', () => {
    const serializer = new PlainJsonSerializer(1000);
    const reply: unknown = JSON.parse(serializer.serialize({ response: { ok: true, text: 'é'.repeat(600) } }).data);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'internal_error', message: 'the reply of 1221 bytes is over the bus limit of 1000 bytes' },
    });
  });

  it('answers an error thrown by a handler as an internal_error failure', () => {
    expect(JSON.parse(new PlainJsonSerializer().serialize({ err: new Error('boom') }).data)).toEqual({
      ok: false,
      error: { code: 'internal_error', message: 'boom' },
    });
  });

  it('answers a failure a handler threw as RpcException({ code, message }) with that code', () => {
    // what Nest hands the serializer for `throw new RpcException({ code: 'log_unavailable', message: 'x' })`
    expect(
      JSON.parse(
        new PlainJsonSerializer().serialize({ err: { code: 'log_unavailable', message: 'not confirmed' } }).data,
      ),
    ).toEqual({
      ok: false,
      error: { code: 'log_unavailable', message: 'not confirmed' },
    });
  });
});
