import type { ServerResponse } from 'node:http';
import type { Listener, LiveStatistics } from './statistics-feeds.js';

/** A comment line this often keeps an idle stream open through proxies and load balancers. */
export const KEEP_ALIVE_EVERY_MS = 15_000;
/** What may wait in the socket for a client that does not read: past it the stream ends, and the client reconnects. */
export const MAX_UNREAD_BYTES = 1024 * 1024;

const statisticsEvent = (statistics: LiveStatistics): string =>
  `event: statistics\ndata: ${JSON.stringify(statistics)}\n\n`;

/**
 * Serves live statistics as server-sent events on a raw response: `listen` starts the feed and returns its stop,
 * called when the client goes or stops reading.
 */
export function openStatisticsStream(response: ServerResponse, listen: (listener: Listener) => () => void): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    // proxies such as nginx would otherwise buffer the stream
    'x-accel-buffering': 'no',
  });
  response.flushHeaders();
  const writable = (): boolean => !response.destroyed && !response.writableEnded;
  let stop = (): void => undefined;
  const end = (): void => {
    clearInterval(keepAlive);
    stop();
    if (writable()) response.end();
  };
  const keepAlive = setInterval(() => {
    if (writable()) response.write(': keep-alive\n\n');
  }, KEEP_ALIVE_EVERY_MS);
  response.on('close', end);
  stop = listen((statistics) => {
    if (!writable()) return;
    if (response.writableLength > MAX_UNREAD_BYTES) end();
    else response.write(statisticsEvent(statistics));
  });
  // gone while the feed started: nothing will call `end` again
  if (!writable()) end();
}
