// Dependency-free on purpose: both the apps' integration tests and the e2e suites read event streams with it.

/** One server-sent event block: a comment (keep-alive), or an event with its id and data. */
export type ServerSentBlock = { comment: string } | { id?: string; data: string };

/** Reads a `text/event-stream` response block by block, for tests. */
export class ServerSentEventReader {
  private readonly reader: ReadableStreamDefaultReader<string>;
  private buffer = '';

  constructor(body: ReadableStream<Uint8Array>) {
    this.reader = body.pipeThrough(new TextDecoderStream()).getReader();
  }

  /** The next block, or 'end' once the server ended the stream. */
  async next(): Promise<ServerSentBlock | 'end'> {
    for (;;) {
      const boundary = this.buffer.indexOf('\n\n');
      if (boundary >= 0) {
        const block = this.buffer.slice(0, boundary);
        this.buffer = this.buffer.slice(boundary + 2);
        return parseBlock(block);
      }
      const { value, done } = await this.reader.read();
      if (done) return 'end';
      this.buffer += value;
    }
  }

  /**
   * The next event's data as JSON (with its id), skipping comments and, as an EventSource does, events without
   * data; 'end' once the stream ended.
   */
  async nextEvent(): Promise<{ id?: string; message: unknown } | 'end'> {
    for (;;) {
      const block = await this.next();
      if (block === 'end') return 'end';
      if ('data' in block && block.data !== '') {
        return { ...(block.id === undefined ? {} : { id: block.id }), message: JSON.parse(block.data) as unknown };
      }
    }
  }

  async cancel(): Promise<void> {
    await this.reader.cancel();
  }
}

function parseBlock(block: string): ServerSentBlock {
  const lines = block.split('\n');
  if (lines.every((line) => line.startsWith(':')))
    return { comment: lines.map((line) => line.slice(1).trim()).join('\n') };
  let id: string | undefined;
  const data: string[] = [];
  for (const line of lines) {
    if (line.startsWith('id:')) id = fieldValue(line, 'id:');
    else if (line.startsWith('data:')) data.push(fieldValue(line, 'data:'));
  }
  return { ...(id === undefined ? {} : { id }), data: data.join('\n') };
}

/** The SSE format makes the space after the colon optional: one is dropped if present. */
const fieldValue = (line: string, field: string): string => {
  const value = line.slice(field.length);
  return value.startsWith(' ') ? value.slice(1) : value;
};
