import { describe, expect, it } from '@jest/globals';
import { bayeuxMessagesOf, MAX_MESSAGES_PER_REQUEST } from './bayeux-messages.js';

const handshake = {
  channel: '/meta/handshake',
  version: '1.0',
  supportedConnectionTypes: ['long-polling'],
  id: '1',
  ext: { ack: true },
};
const connect = {
  channel: '/meta/connect',
  clientId: 'abc',
  connectionType: 'long-polling',
  id: 2,
  advice: { timeout: 0 },
};

describe('bayeuxMessagesOf', () => {
  it('passes what CometD clients send: an array of messages, or one message object', () => {
    expect(bayeuxMessagesOf([handshake])).toEqual({ messages: [handshake] });
    expect(bayeuxMessagesOf(connect)).toEqual({ messages: [connect] });
    const subscribe = {
      channel: '/meta/subscribe',
      clientId: 'abc',
      subscription: ['/v2/me/interactions', '/v2/me/workbins'],
    };
    const publish = { channel: '/v2/me/x', clientId: 'abc', data: { anything: [1, 'two', null] } };
    expect(bayeuxMessagesOf([connect, subscribe, publish])).toEqual({ messages: [connect, subscribe, publish] });
  });

  it.each([
    ['a string', 'x'],
    ['a number', 1],
    ['null', null],
    ['false', false],
    ['an empty array', []],
    ['an array of numbers', [1]],
    ['an array holding null', [null]],
    ['a message without a channel', [{}]],
    ['a channel that is not a string', [{ channel: 5 }]],
    ['a channel without a leading slash', [{ channel: 'meta/connect' }]],
    ['a handshake followed by 1', [handshake, 1]],
    ['a handshake batched with a connect', [handshake, connect]],
    ['a subscription that is a number', [{ channel: '/meta/subscribe', clientId: 'x', subscription: 5 }]],
    ['a clientId that is an object', [{ channel: '/meta/connect', clientId: {} }]],
    ['an ext that is a string', [{ channel: '/meta/connect', ext: 'x' }]],
    ['an advice timeout that is a string', [{ channel: '/meta/connect', advice: { timeout: 'soon' } }]],
    ['too many messages', Array.from({ length: MAX_MESSAGES_PER_REQUEST + 1 }, () => connect)],
  ])('refuses %s', (_what, body) => {
    expect(bayeuxMessagesOf(body)).toEqual({ refusal: expect.stringMatching(/Bayeux/) });
  });
});
