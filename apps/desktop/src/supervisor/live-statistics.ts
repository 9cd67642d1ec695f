import { SCRIPT_REQUEST_HEADERS } from '../gws-http.js';
import { SseParser } from './sse-parser.js';
import type { LiveStatistics } from './statistics-types.js';

export interface LiveStatisticsHandlers {
  statistics(live: LiveStatistics): void;
  /** The stream is open (true), or broke and is being opened again (false). */
  connection(live: boolean): void;
  /** The stream was refused for good — 401, the session expired; 403, not a supervisor: no more attempts. */
  refused(status: 401 | 403, message: string): void;
}

/** The first wait before opening the stream again, doubled on each failure up to the last. */
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 10_000;

/**
 * GET /statistics/v1/stream, read with fetch and a stream reader (parsed by SseParser), opened again whenever it
 * ends or breaks — the gateway ends a stream it has to cut (a restart, a client that fell behind), and a 429 or
 * 503 is temporary. A 401 (the session ended) or 403 (not a supervisor) stops it: retrying would not change them.
 * Returns its stop.
 */
export function followLiveStatistics(handlers: LiveStatisticsHandlers): () => void {
  let stopped = false;
  let controller: AbortController | undefined;
  let retryMs = RETRY_FIRST_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const retry = (): void => {
    if (stopped) return;
    handlers.connection(false);
    timer = setTimeout(open, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  const read = async (): Promise<'ended' | 'refused'> => {
    controller = new AbortController();
    const response = await fetch('/statistics/v1/stream', {
      headers: { accept: 'text/event-stream', ...SCRIPT_REQUEST_HEADERS },
      signal: controller.signal,
    });
    if (response.status === 401 || response.status === 403) {
      const body = (await response.json().catch(() => undefined)) as { message?: string } | undefined;
      handlers.refused(response.status, body?.message ?? `HTTP ${response.status}`);
      return 'refused';
    }
    if (!response.ok || response.body === null) return 'ended';
    handlers.connection(true);
    const parser = new SseParser();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'ended';
      for (const event of parser.push(value)) {
        if (event.event !== 'statistics') continue;
        retryMs = RETRY_FIRST_MS; // a stream that delivers is a good one: the next drop retries quickly
        handlers.statistics(JSON.parse(event.data) as LiveStatistics);
      }
    }
  };

  function open(): void {
    if (stopped) return;
    read().then(
      (outcome) => {
        if (outcome === 'ended') retry();
      },
      () => {
        retry();
      },
    );
  }

  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    controller?.abort();
  };
}
