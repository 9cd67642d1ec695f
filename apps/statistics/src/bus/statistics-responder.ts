import type { Subscription } from '@nats-io/transport-node';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { answerBusRequests, closeBus, type NatsConnection } from '@switchboard/bus';
import {
  busRequestChannelsByOwner,
  BusValidator,
  type BusRequestChannelOf,
  type BusRequestMap,
} from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { LogReader } from '../read-model/log-reader.js';
import { StatisticsReadModel } from '../read-model/read-model.js';
import { CLOCK, LOGGER, NATS_CONNECTION, type Clock } from '../tokens.js';

/** Every instance holds every tenant's statistics: any one of them answers. */
export const STATISTICS_QUEUE_GROUP = 'statistics';

/** The bus requests the statistics service answers: those the contract's `x-owner` gives to `statistics`. */
type StatisticsChannel = BusRequestChannelOf<'statistics'>;

type StatisticsHandlers = {
  readonly [K in StatisticsChannel]: (
    tenant: string,
    request: BusRequestMap[K]['request'],
  ) => Promise<BusRequestMap[K]['reply']>;
};

/** Answers the gateway's statistics queries over NATS (request/reply, queue group `statistics`). */
@Injectable()
export class StatisticsResponder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly subscriptions: Subscription[] = [];
  private readonly validator = new BusValidator();

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly model: StatisticsReadModel,
    private readonly reader: LogReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers: StatisticsHandlers = {
      statisticsGet: async (tenant, query) => {
        // an instance still reading today's log would answer with part of today: it waits until it has read it all
        await this.reader.caughtUp;
        return { ok: true, statistics: this.model.view(tenant, this.clock.now(), query.agents) };
      },
    };
    for (const channel of busRequestChannelsByOwner.statistics) this.answer(channel, handlers[channel]);
    // the server has the subscriptions once it answers a ping sent after them: a started service answers at once,
    // where a request sent meanwhile would find no responders
    await this.connection.flush();
  }

  /** Stops answering, then reading, then closes the connection: the last user of it. */
  async onApplicationShutdown(): Promise<void> {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    await this.reader.stop();
    await closeBus(this.connection);
  }

  private answer<K extends StatisticsChannel>(channel: K, handle: StatisticsHandlers[K]): void {
    this.subscriptions.push(
      answerBusRequests(
        this.connection,
        channel,
        {
          queue: STATISTICS_QUEUE_GROUP,
          validator: this.validator,
          logger: this.logger,
          service: 'the statistics service',
        },
        handle,
      ),
    );
  }
}
