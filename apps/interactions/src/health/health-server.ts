import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { checkReadiness, LIVE, type ReadinessCheck } from '@switchboard/bus';
import { exposition, METRICS_PATH } from '@switchboard/metrics';

/** Until the service has connected and restored its tenants, which may take a while on a long log: live, not ready. */
const STARTING: Record<string, ReadinessCheck> = {
  started: () => 'starting: connecting to NATS and restoring its tenants',
};

/**
 * /livez, /readyz and /health for a service that has no HTTP server of its own (it answers NATS only), and /metrics
 * for Prometheus. Listening from before the service connects, so that a long restore reads as "live, not ready"
 * rather than as a dead process.
 */
export class HealthServer {
  private checks = STARTING;

  private constructor(
    private readonly server: Server,
    private readonly metrics: Registry,
  ) {}

  static async listen(port: number, host: string, metrics: Registry): Promise<HealthServer> {
    const server = createServer();
    const health = new HealthServer(server, metrics);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      void health.answer(request, response);
    });
    server.listen(port, host);
    await once(server, 'listening');
    return health;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The service has started: from now on readiness is what these checks say. */
  readyWhen(checks: Record<string, ReadinessCheck>): void {
    this.checks = { started: () => undefined, ...checks };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.method === 'GET' ? request.url : undefined;
    if (path === '/livez') {
      send(response, 200, LIVE);
    } else if (path === '/readyz' || path === '/health') {
      const readiness = await checkReadiness(this.checks);
      send(response, readiness.statusCode, readiness.body);
    } else if (path === METRICS_PATH) {
      const { contentType, body } = await exposition(this.metrics);
      response.writeHead(200, { 'content-type': contentType }).end(body);
    } else {
      send(response, 404, { error: 'not found: GET /livez, /readyz, /health or /metrics' });
    }
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
