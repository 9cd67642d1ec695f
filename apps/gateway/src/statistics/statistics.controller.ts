import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { BusClient } from '@switchboard/bus';
import type { StatisticsApi, TenantStatisticsView } from '@switchboard/contracts';
import { SupervisorAccessGuard, supervisorOf, type SupervisorRequest } from '../auth/supervisor-access.guard.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { pageQueryOf, type PageBounds, type PageQuery } from '../errors/page-query.js';
import { plainErrors } from '../errors/plain-errors.js';
import { StatisticsFeeds } from './statistics-feeds.js';
import { openStatisticsStream } from './statistics-stream.js';

type Paths = StatisticsApi.paths;
type Summary = Paths['/statistics/v1/summary']['get']['responses']['200']['content']['application/json'];
type Queues = Paths['/statistics/v1/queues']['get']['responses']['200']['content']['application/json'];
type Agents = Paths['/statistics/v1/agents']['get']['responses']['200']['content']['application/json'];

/** The documented bounds of `GET /statistics/v1/agents` (statistics.openapi.yaml): a page stays well under NATS's 1 MB. */
const AGENT_PAGES: PageBounds = { limitDefault: 200, limitMax: 500, offsetMax: 10_000_000 };

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
  async agents(
    @Req() request: SupervisorRequest,
    @Query() query: { offset?: unknown; limit?: unknown },
  ): Promise<Agents> {
    const page = pageQueryOf(query, AGENT_PAGES);
    const statistics = await this.read(request, page);
    return { ...periodsOf(statistics), agents: statistics.agents, totalCount: statistics.agentsTotal, ...page };
  }

  /** Server-sent events: the tenant and its routes each time they change (statistics-feeds.ts). */
  @Get('stream')
  stream(@Req() request: SupervisorRequest, @Res() reply: FastifyReply): void {
    const tenant = supervisorOf(request).tenant;
    this.feeds.assertRoom(tenant);
    reply.hijack();
    openStatisticsStream(reply.raw, (listener) => this.feeds.listen(tenant, listener));
  }

  /** The tenant's statistics, with the page of agents asked for (none for the summary and the routes). */
  private async read(request: SupervisorRequest, agents?: PageQuery): Promise<TenantStatisticsView> {
    const reply = await this.bus.request('statisticsGet', supervisorOf(request).tenant, agents ? { agents } : {});
    if (!reply.ok) throw new ApiError('internal', reply.error.message);
    return reply.statistics;
  }
}
