import { describe, expect, it } from '@jest/globals';
import { BusValidator, type DomainEvent } from '@switchboard/contracts';
import { encodeRecord } from './event-record.js';
import { SharedLogDecoder } from './shared-log-decoder.js';

const event = (id: string): DomainEvent => ({
  id,
  type: 'agent.state-changed',
  tenant: 'demo',
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: { change: 'login', agent: { id: '1', username: 'ann', loggedIn: true, ready: false } },
});
/** Built once: compiling the contract's schemas takes a while. */
const validator = new BusValidator();
const record = (...ids: string[]): Uint8Array =>
  encodeRecord(
    'writer-1',
    ids.map((id) => JSON.stringify(event(id))),
  );

describe('SharedLogDecoder', () => {
  it('decodes a message once for the two readers of its stream, then keeps nothing of it', () => {
    const decoder = new SharedLogDecoder(validator);
    decoder.join('SB_EVENTS');
    decoder.join('SB_EVENTS');
    const data = record('a', 'b');

    const first = decoder.decode('SB_EVENTS', 7, data);
    expect(first).toEqual([event('a'), event('b')]);
    expect(decoder.waitingCount).toBe(1);
    // the same events, not decoded again
    expect(decoder.decode('SB_EVENTS', 7, data)).toBe(first);
    expect(decoder.waitingCount).toBe(0);
  });

  it('keeps nothing for a stream with one reader, and nothing more once the other reader left', () => {
    const decoder = new SharedLogDecoder(validator);
    const leave = decoder.join('SB_EVENTS');
    decoder.join('SB_EVENTS');
    decoder.join('SB_DERIVED');
    decoder.decode('SB_DERIVED', 1, record('a'));
    expect(decoder.waitingCount).toBe(0);

    leave();
    leave();
    decoder.decode('SB_EVENTS', 1, record('a'));
    expect(decoder.waitingCount).toBe(0);
  });

  it('tells messages of two streams at the same sequence apart', () => {
    const decoder = new SharedLogDecoder(validator);
    decoder.join('SB_EVENTS');
    decoder.join('SB_EVENTS');
    decoder.join('SB_DERIVED');
    decoder.join('SB_DERIVED');
    decoder.decode('SB_EVENTS', 3, record('a'));
    expect(decoder.decode('SB_DERIVED', 3, record('b'))).toEqual([event('b')]);
  });

  it('keeps at most its capacity waiting: a reader far behind decodes again', () => {
    const decoder = new SharedLogDecoder(validator, 2);
    decoder.join('SB_EVENTS');
    decoder.join('SB_EVENTS');
    const data = [record('a'), record('b'), record('c')];
    const first = decoder.decode('SB_EVENTS', 1, data[0] ?? new Uint8Array());
    decoder.decode('SB_EVENTS', 2, data[1] ?? new Uint8Array());
    decoder.decode('SB_EVENTS', 3, data[2] ?? new Uint8Array());
    expect(decoder.waitingCount).toBe(2);

    const again = decoder.decode('SB_EVENTS', 1, data[0] ?? new Uint8Array());
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('says why a message is not what the contract describes, to every reader', () => {
    const decoder = new SharedLogDecoder(validator);
    decoder.join('SB_EVENTS');
    decoder.join('SB_EVENTS');
    const data = new TextEncoder().encode('{"not":"an event"}');
    expect(decoder.decode('SB_EVENTS', 9, data)).toMatch(/unknown event type/);
    expect(decoder.decode('SB_EVENTS', 9, data)).toMatch(/unknown event type/);
  });
});
