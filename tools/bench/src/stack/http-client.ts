import { Agent, request } from 'node:http';

/**
 * Plain node:http with keep-alive: cheaper per request than fetch, which matters when the benchmark's own process
 * sends thousands of requests a second beside a thousand CometD clients on the same two cores.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

export interface JsonAnswer {
  status: number;
  body: unknown;
}

/** POSTs `body` as JSON to `url`; resolves with the status and the parsed JSON answer (undefined when not JSON). */
export function postJson(url: string, headers: Record<string, string>, body: string): Promise<JsonAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          resolve({ status: response.statusCode ?? 0, body: parsed });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
