import { DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages } from '@nats-io/jetstream';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { decodeLogMessage, ensureEventStream, type NatsConnection } from '@switchboard/bus';
import { BusValidator, EVENTS_STREAM, EVENTS_SUBJECTS } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { dayStartOf } from '../folds/periods.js';
import { EventLag } from '../metrics/event-lag.js';
import type { StatisticsEnv } from '../statistics.env.js';
import { CLOCK, ENV, LOGGER, METRICS, NATS_CONNECTION, type Clock } from '../tokens.js';
import { StatisticsReadModel } from './read-model.js';

/** How many messages one pull asks for, and how long it waits (a short wait notices a NATS restart soon). */
const PULL = { max_messages: 500, expires: 2_000 };

/**
 * Feeds the read model from the event log, and from nothing else. At start it reads the log from 00:00 UTC today
 * (less STATISTICS_REPLAY_LOOKBACK_HOURS, for what is happening now) by the messages' stored time, then follows it
 * live through the same ordered consumer: ephemeral, never acknowledged, so a restarted instance loses nothing of
 * today (it reads it again) and holds nothing back for another. `caughtUp` resolves once it has read everything the
 * log held when it started; until then the service is not ready and requests wait for it.
 */
@Injectable()
export class LogReader implements OnApplicationBootstrap {
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private readonly validator = new BusValidator();
  private markCaughtUp: () => void = () => undefined;
  private isCaughtUp = false;
  readonly caughtUp: Promise<void> = new Promise((resolve) => {
    this.markCaughtUp = resolve;
  });
  /** The log's last sequence read so far (tests, readiness). */
  lastSeq = 0;
  private readonly lag: EventLag;

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly model: StatisticsReadModel,
    @Inject(ENV) private readonly env: StatisticsEnv,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(METRICS) metrics: Registry,
  ) {
    this.lag = new EventLag(metrics);
  }

  get ready(): boolean {
    return this.isCaughtUp;
  }

  async onApplicationBootstrap(): Promise<void> {
    await ensureEventStream(this.connection);
    const from = dayStartOf(this.clock.now()) - this.env.STATISTICS_REPLAY_LOOKBACK_HOURS * 3_600_000;
    // where the log ends now, and when its last message was stored: nothing to read when that was before `from`
    const { last_seq: target, last_ts: lastStored } = (
      await (await jetstreamManager(this.connection)).streams.info(EVENTS_STREAM)
    ).state;
    // One subject as a string: the array form needs nats-server 2.10, and Debian ships 2.9.
    const consumer = await jetstream(this.connection).consumers.get(EVENTS_STREAM, {
      filter_subjects: EVENTS_SUBJECTS,
      deliver_policy: DeliverPolicy.StartTime,
      opt_start_time: new Date(from).toISOString(),
    });
    const started = performance.now();
    const reachedTarget = (): void => {
      if (this.isCaughtUp) return;
      this.isCaughtUp = true;
      this.markCaughtUp();
      this.logger.info(
        { from: new Date(from).toISOString(), throughSeq: this.lastSeq, ms: Math.round(performance.now() - started) },
        'statistics rebuilt from the event log',
      );
    };
    if (target === 0 || Date.parse(lastStored) < from) reachedTarget();
    const messages = await consumer.consume(PULL);
    this.messages = messages;
    this.loop = (async () => {
      for await (const message of messages) {
        const events = decodeLogMessage(message.data, this.validator);
        if (typeof events === 'string') {
          this.logger.error(
            { seq: message.seq, problem: events },
            'skipping a message that does not match the bus contract',
          );
        } else {
          for (const event of events) {
            try {
              this.model.apply(event);
              this.lag.folded(event.occurredAt, this.clock.now(), this.isCaughtUp);
            } catch (error) {
              this.logger.error(
                { err: error, seq: message.seq, event: event.type },
                'folding an event failed; skipped',
              );
            }
          }
        }
        this.lastSeq = message.seq;
        if (message.seq >= target || message.info.pending === 0) reachedTarget();
      }
    })();
  }

  /** Stops following the log (the responder stops it at shutdown, before it closes the connection). */
  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }
}
