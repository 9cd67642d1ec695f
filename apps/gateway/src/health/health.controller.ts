import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  BusClient,
  BusUnavailableError,
  checkReadiness,
  ConnectionHealth,
  LIVE,
  natsConnected,
  type ReadinessBody,
} from '@switchboard/bus';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { plainErrors } from '../errors/plain-errors.js';
import type { GatewayEnv } from '../gateway.env.js';
import { ENV } from '../tokens.js';
import { LIVENESS_PATH, READINESS_PATHS } from './probe-paths.js';

const CHECK_TIMEOUT_MS = 2_000;
/** Asked of the interactions service: any answer (even "no such agent") shows it is serving. */
const PROBE_AGENT = 'health-check';

/**
 * The probes orchestrators and load balancers read. /livez: the process is up (never restart a gateway for what
 * another service does). /readyz, and /health under its old name: connected to NATS, an interactions service
 * answering for every tenant, and this gateway's notifier ready — so "ready" means every public API works, CometD
 * included; otherwise 503 with a JSON body naming what is not ready.
 */
@SpeaksDialect(plainErrors)
@Controller()
export class HealthController {
  constructor(
    private readonly nats: ConnectionHealth,
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    @Inject(ENV) private readonly env: GatewayEnv,
  ) {}

  @Get(LIVENESS_PATH)
  live(): typeof LIVE {
    return LIVE;
  }

  @Get(READINESS_PATHS)
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessBody> {
    const readiness = await checkReadiness({
      nats: natsConnected(this.nats),
      interactions: () => this.interactionsAnswering(),
      notifier: () => this.notifierReady(),
    });
    void reply.status(readiness.statusCode);
    return readiness.body;
  }

  /** One request per tenant, in parallel: each is served by the instance holding its lease, and one may be between holders. */
  private async interactionsAnswering(): Promise<string | undefined> {
    const unserved: string[] = [];
    await Promise.all(
      this.directory.tenantIds().map(async (tenant) => {
        try {
          await this.bus.request('agentGet', tenant, { agentId: PROBE_AGENT });
        } catch (error) {
          if (!(error instanceof BusUnavailableError)) throw error;
          unserved.push(tenant);
        }
      }),
    );
    return unserved.length === 0
      ? undefined
      : `no interactions service is answering for tenant ${unserved.sort().join(', ')}`;
  }

  /** The notifier's own readiness: its NATS connection and its registration, which the gateways route sessions by. */
  private async notifierReady(): Promise<string | undefined> {
    const url = this.env.NOTIFIER_URL;
    let response: Response;
    try {
      response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    } catch {
      return `the notifier at ${url} is not answering`;
    }
    if (response.ok) return undefined;
    const body = (await response.json().catch(() => undefined)) as Partial<ReadinessBody> | undefined;
    return `the notifier at ${url} is not ready: ${body?.notReady?.join(', ') ?? `HTTP ${String(response.status)}`}`;
  }
}
