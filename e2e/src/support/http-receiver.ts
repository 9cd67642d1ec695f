// A real HTTP endpoint on loopback for the platform's outbound calls (provider callbacks, the SMS applet's
// HTTP Request): it records every request and answers as the test says. Call it before usePlatform(), whose
// env usually names its url, so that it is listening by the time the platform starts.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from '@jest/globals';

/** `Body` is what the test expects the platform to send; it is parsed as JSON, not validated. */
export interface ReceivedRequest<Body = unknown> {
  path: string;
  headers: IncomingHttpHeaders;
  /** The JSON body as parsed. */
  body: Body;
  /** The status the receiver answered with. */
  answered: number;
}

export interface Answer {
  status: number;
  /** Sent as JSON when given. */
  body?: unknown;
}

export interface HttpReceiver<Body> {
  /** Every request so far, in arrival order. */
  readonly requests: readonly ReceivedRequest<Body>[];
  /** The absolute url of `path` on this receiver; only once it is listening (inside tests or usePlatform's env). */
  url(path: string): string;
}

/** How the receiver answers a request; `index` counts the requests before this one. */
export type Responder<Body> = (request: Omit<ReceivedRequest<Body>, 'answered'>, index: number) => Answer;

export function useHttpReceiver<Body = unknown>(respond: Responder<Body>): HttpReceiver<Body> {
  const requests: ReceivedRequest<Body>[] = [];
  let server: Server | undefined;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Body;
        try {
          body = JSON.parse(text) as Body;
        } catch {
          // a callback that is not JSON fails the test that waits for it, not the whole test process
          response.writeHead(400, { 'content-type': 'text/plain' }).end(`not JSON: ${text}`);
          return;
        }
        const received = { path: request.url ?? '', headers: request.headers, body };
        const answer = respond(received, requests.length);
        requests.push({ ...received, answered: answer.status });
        if (answer.body === undefined) response.writeHead(answer.status).end();
        else response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    const listening = server;
    await new Promise<void>((resolve) => {
      listening.listen(0, '127.0.0.1', resolve);
    });
  });
  afterAll(async () => {
    const listening = server;
    if (listening === undefined) return;
    await new Promise<void>((resolve) => {
      listening.close(() => {
        resolve();
      });
    });
  });

  return {
    requests,
    url(path) {
      if (server === undefined) throw new Error('the HTTP receiver is not listening yet');
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
    },
  };
}
