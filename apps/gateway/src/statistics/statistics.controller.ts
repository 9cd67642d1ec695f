import { Controller, Get, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { BusClient } from '@switchboard/bus';
import type { StatisticsApi, TenantStatisticsView } from '@switchboard/contracts';
import { SupervisorAccessGuard, supervisorOf, type SupervisorRequest } from '../auth/supervisor-access.guard.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { plainErrors } from '../errors/plain-errors.js';
import { StatisticsFeeds } from './statistics-feeds.js';
import { openStatisticsStream } from './statistics-stream.js';

type Paths = StatisticsApi.paths;
type Summary = Paths['/statistics/v1/summary']['get']['responses']['200']['content']['application/json'];
type Queues = Paths['/statistics/v1/queues']['get']['responses']['200']['content']['application/json'];
type Agents = Paths['/statistics/v1/agents']['get']['responses']['200']['content']['application/json'];

/** Whose figures and the periods they cover: the same head on every answer. */
const periodsOf = ({ tenant, asOf, dayStart, intervalStart, intervalSeconds }: TenantStatisticsView) => ({
  tenant,
  asOf,
  dayStart,
  intervalStart,
  intervalSeconds,
});

/**
 * The Statistics API: a thin view of what the statistics service answers over NATS for the caller's own tenant
 * (any of its instances: they hold the same read model of the event log).
 */
@SpeaksDialect(plainErrors)
@Controller('statistics/v1')
@UseGuards(SupervisorAccessGuard)
export class StatisticsController {
  constructor(
    private readonly bus: BusClient,
    private readonly feeds: StatisticsFeeds,
  ) {}

  @Get('summary')
  async summary(@Req() request: SupervisorRequest): Promise<Summary> {
    const statistics = await this.read(request);
    return { ...periodsOf(statistics), ...statistics.summary };
  }

  @Get('queues')
  async queues(@Req() request: SupervisorRequest): Promise<Queues> {
    const statistics = await this.read(request);
    return { ...periodsOf(statistics), queues: statistics.queues };
  }

  @Get('agents')
  async agents(@Req() request: SupervisorRequest): Promise<Agents> {
    const statistics = await this.read(request);
    return { ...periodsOf(statistics), agents: statistics.agents };
  }

  /** Server-sent events: the tenant and its routes each time they change (statistics-feeds.ts). */
  @Get('stream')
  stream(@Req() request: SupervisorRequest, @Res() reply: FastifyReply): void {
    const tenant = supervisorOf(request).tenant;
    this.feeds.assertRoom(tenant);
    reply.hijack();
    openStatisticsStream(reply.raw, (listener) => this.feeds.listen(tenant, listener));
  }

  private async read(request: SupervisorRequest): Promise<TenantStatisticsView> {
    const reply = await this.bus.request('statisticsGet', supervisorOf(request).tenant, {});
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    return reply.statistics;
  }
}
