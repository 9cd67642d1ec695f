// A load balancer without affinity in front of the gateways: each HTTP request goes to the next gateway in turn,
// so a desktop's long polls alternate between them. It notes which notifier the answers say holds the session
// (the sb-notifier cookie), for a test to know which one to kill.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const NOTIFIER_COOKIE = /^sb-notifier=([^;]*)/;

export class RoundRobinBalancer {
  private next = 0;
  /** Requests forwarded to each gateway, by its base URL. */
  readonly forwarded = new Map<string, number>();
  /** The status of every answer forwarded, in order (502: the gateway itself could not be reached). */
  readonly statuses: number[] = [];
  /** The notifier named by the last answer that set the cookie. */
  holder: string | undefined;
  private readonly agent = new http.Agent({ keepAlive: true });
  private readonly server = http.createServer((request, response) => {
    this.forward(request, response);
  });

  private constructor(private readonly targets: readonly string[]) {}

  static async start(targets: readonly string[]): Promise<RoundRobinBalancer> {
    const balancer = new RoundRobinBalancer(targets);
    balancer.server.listen(0, '127.0.0.1');
    await once(balancer.server, 'listening');
    return balancer;
  }

  get url(): string {
    return `http://127.0.0.1:${String((this.server.address() as AddressInfo).port)}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.agent.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private forward(request: http.IncomingMessage, response: http.ServerResponse): void {
    const target = this.targets[this.next % this.targets.length] ?? '';
    this.next += 1;
    this.forwarded.set(target, (this.forwarded.get(target) ?? 0) + 1);
    const upstream = http.request(
      new URL(request.url ?? '/', target),
      { method: request.method, headers: request.headers, agent: this.agent },
      (answer) => {
        for (const cookie of answer.headers['set-cookie'] ?? []) {
          const named = NOTIFIER_COOKIE.exec(cookie)?.[1];
          if (named !== undefined) this.holder = decodeURIComponent(named);
        }
        this.statuses.push(answer.statusCode ?? 502);
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  }
}
