import type { ServerResponse } from 'node:http';
import type { QueuedMessage } from './icws-messages.js';
import type { MessageStream } from './session-queues.js';

/**
 * One message per event, named by its id in the session's queue (stream-event-ids.ts), which a reconnecting client
 * sends back as Last-Event-ID; JSON has no raw line breaks, so one `data:` line each.
 */
export const serverSentEvent = ({ message }: QueuedMessage, id?: string): string =>
  `${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(message)}\n\n`;

export const KEEP_ALIVE_COMMENT = ': keep-alive\n\n';

/**
 * A session's messages as server-sent events on a raw HTTP response. `write` answers with the socket's own
 * back-pressure signal, so a client that reads slowly has its messages wait in the session's bounded queue rather
 * than in an unbounded socket buffer.
 */
export class ServerSentEvents implements MessageStream {
  constructor(private readonly response: ServerResponse) {}

  open(): void {
    this.response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // Proxies such as nginx would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    this.response.flushHeaders();
  }

  write(queued: QueuedMessage, id: string): boolean {
    // A connection already going away takes nothing: its client's next stream resumes before the message, or resyncs.
    if (!this.writable) return false;
    return this.response.write(serverSentEvent(queued, id));
  }

  keepAlive(): void {
    if (this.writable) this.response.write(KEEP_ALIVE_COMMENT);
  }

  end(last?: QueuedMessage): void {
    if (!this.writable) return;
    this.response.end(last === undefined ? undefined : serverSentEvent(last));
  }

  private get writable(): boolean {
    return !this.response.destroyed && !this.response.writableEnded;
  }
}
