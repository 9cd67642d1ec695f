/** One server-sent event: its `event` name ("message" when the server gave none) and its data lines joined. */
export interface ServerSentEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * Parses a text/event-stream as it arrives, in chunks cut anywhere (mid-line, between `\r` and `\n`), the way the
 * HTML standard's event-stream interpretation does: lines end in CRLF, LF or CR; a blank line dispatches the event
 * gathered so far (none when it has no data); `:` starts a comment (the gateway's keep-alives); a field without a
 * colon has an empty value; one leading space of a value is dropped. `retry` and unknown fields are ignored.
 * Why not EventSource: the page reads the stream with fetch, to see its status (401, 403, 429) and decide itself
 * whether and when to reconnect.
 */
export class SseParser {
  private buffer = '';
  /** The previous chunk ended in `\r`: a `\n` starting the next one belongs to that line end. */
  private afterCarriageReturn = false;
  private eventName = '';
  private dataLines: string[] = [];
  private lastId: string | undefined;

  /** Feeds a chunk of the stream; answers the events it completed. */
  push(chunk: string): ServerSentEvent[] {
    let text = chunk;
    if (this.afterCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    this.afterCarriageReturn = false;
    this.buffer += text;
    const events: ServerSentEvent[] = [];
    for (;;) {
      const end = this.buffer.search(/\r\n|\r|\n/);
      if (end < 0) break;
      // a lone `\r` at the very end may be the first half of a CRLF split across chunks
      const crlf = this.buffer.startsWith('\r\n', end);
      if (!crlf && this.buffer[end] === '\r' && end === this.buffer.length - 1) this.afterCarriageReturn = true;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + (crlf ? 2 : 1));
      const event = this.line(line);
      if (event !== undefined) events.push(event);
    }
    return events;
  }

  private line(line: string): ServerSentEvent | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.eventName = value;
    else if (field === 'data') this.dataLines.push(value);
    else if (field === 'id' && !value.includes('\0')) this.lastId = value;
    return undefined;
  }

  private dispatch(): ServerSentEvent | undefined {
    const event = this.eventName === '' ? 'message' : this.eventName;
    const data = this.dataLines.join('\n');
    const had = this.dataLines.length > 0;
    this.eventName = '';
    this.dataLines = [];
    if (!had) return undefined;
    return this.lastId === undefined ? { event, data } : { event, data, id: this.lastId };
  }
}
