import { describe, expect, it } from '@jest/globals';
import { SseParser } from './sse-parser.js';

describe('the supervisor view’s server-sent events parser', () => {
  it('reads the gateway’s statistics events, with keep-alive comments between them', () => {
    const parser = new SseParser();
    expect(
      parser.push('event: statistics\ndata: {"a":1}\n\n: keep-alive\n\nevent: statistics\ndata: {"a":2}\n\n'),
    ).toEqual([
      { event: 'statistics', data: '{"a":1}' },
      { event: 'statistics', data: '{"a":2}' },
    ]);
  });

  it('completes an event cut anywhere across chunks, a CRLF split between them included', () => {
    const stream = 'event: statistics\r\ndata: {"waiting":3}\r\n\r\nevent: statistics\rdata: x\r\r';
    for (let cut = 0; cut <= stream.length; cut += 1) {
      const parser = new SseParser();
      const events = [...parser.push(stream.slice(0, cut)), ...parser.push(stream.slice(cut))];
      expect(events).toEqual([
        { event: 'statistics', data: '{"waiting":3}' },
        { event: 'statistics', data: 'x' },
      ]);
    }
    const bytewise = new SseParser();
    expect(stream.split('').flatMap((character) => bytewise.push(character))).toHaveLength(2);
  });

  it('joins data lines, names an unnamed event "message", keeps the last id, and dispatches nothing without data', () => {
    const parser = new SseParser();
    expect(parser.push('data: one\ndata:two\ndata\nid: 7\n\nevent: empty\n\n')).toEqual([
      { event: 'message', data: 'one\ntwo\n', id: '7' },
    ]);
    // the event name does not outlive its event; the id does
    expect(parser.push('data: next\n\n')).toEqual([{ event: 'message', data: 'next', id: '7' }]);
  });

  it('holds an unfinished event until its blank line comes', () => {
    const parser = new SseParser();
    expect(parser.push('event: statistics\ndata: {"a":1}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'statistics', data: '{"a":1}' }]);
  });
});
