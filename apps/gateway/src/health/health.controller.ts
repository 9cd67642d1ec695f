import { Controller, Get, Inject } from '@nestjs/common';
import { BusClient, BusUnavailableError, ConnectionHealth } from '@switchboard/bus';
import { ApiError } from '../errors/api-error.js';
import { TenantDirectory } from '../auth/tenant-directory.js';
import type { GatewayEnv } from '../gateway.env.js';
import { ENV } from '../tokens.js';

const CHECK_TIMEOUT_MS = 2_000;
/** Asked of the interactions service: any answer (even "no such agent") shows it is serving. */
const PROBE_AGENT = 'health-check';

/**
 * Readiness for load balancers and the launcher: connected to NATS, an interactions service answering for every
 * tenant, and the notifier answering — so "ready" means every public API works, CometD included. One request per
 * tenant, in parallel: each is an in-memory read where its holder is.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly nats: ConnectionHealth,
    private readonly bus: BusClient,
    private readonly directory: TenantDirectory,
    @Inject(ENV) private readonly env: GatewayEnv,
  ) {}

  @Get()
  async check(): Promise<{ status: 'ok' }> {
    if (!this.nats.isConnected()) throw new ApiError('service_unavailable', 'not connected to NATS');
    // every tenant: each is served by the interactions instance holding its lease, and one may be between holders
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
    if (unserved.length > 0) throw new ApiError('service_unavailable', `no interactions service is answering for tenant ${unserved.sort().join(', ')}`);
    const notifier = await fetch(new URL('/health', this.env.NOTIFIER_URL), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) }).then(
      (response) => response.ok,
      () => false,
    );
    if (!notifier) throw new ApiError('service_unavailable', 'the notifier is not answering');
    return { status: 'ok' };
  }
}
