import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { BusClient } from '@switchboard/bus';
import type { DomainEvent } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { icwsMetrics } from '../metrics/icws-metrics.js';
import type { NotifierEnv } from '../notifier.env.js';
import { CLOCK, ENV, LOGGER, METRICS, type Clock } from '../tokens.js';
import { sessionChangeOf, type SessionKey } from './icws-messages.js';
import { SessionQueues } from './session-queues.js';
import { MAX_LAST_EVENT_ID_LENGTH } from './stream-event-ids.js';

/**
 * ICWS sessions' message queues, read through the messages endpoint: fed with queue contents from SB_DERIVED and with
 * the ends of subscriptions and sessions from the domain log. Resyncs go to the interactions service, which answers
 * them with fresh snapshots on SB_DERIVED; one timer keeps streams alive and drops the queues of sessions nobody reads.
 */
@Injectable()
export class IcwsMessaging implements OnModuleInit, OnApplicationShutdown {
  readonly queues: SessionQueues;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(ENV) private readonly env: NotifierEnv,
    @Inject(CLOCK) clock: Clock,
    private readonly bus: BusClient,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(METRICS) metrics: Registry,
  ) {
    const reported = icwsMetrics(metrics, () => this.queues.sessionCount);
    this.queues = new SessionQueues({
      limit: env.ICWS_MESSAGE_QUEUE_LIMIT,
      idleMs: env.ICWS_SESSION_IDLE_MS,
      replay: { messages: env.ICWS_SSE_REPLAY_MESSAGES, bytes: env.ICWS_SSE_REPLAY_BYTES },
      now: () => clock.now(),
      requestResync: (session) => void this.resync(session),
      onQueued: () => {
        reported.queued(1);
      },
      onDropped: (session, reason, dropped) => {
        reported.dropped(reason, dropped);
        const log = reason === 'idle' ? this.logger.debug.bind(this.logger) : this.logger.warn.bind(this.logger);
        log({ ...session, reason, dropped }, 'dropped an ICWS session’s waiting messages; its next read resyncs');
      },
      onResumeRefused: (session, reason, lastEventId) => {
        this.logger.info(
          { ...session, reason, lastEventId: lastEventId.slice(0, MAX_LAST_EVENT_ID_LENGTH) },
          'an ICWS event stream cannot resume after its Last-Event-ID: it begins with a full resync',
        );
      },
    });
  }

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.queues.keepAlive();
      this.queues.sweepIdle();
    }, this.env.ICWS_SSE_KEEPALIVE_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.queues.endStreams();
  }

  /** What an event (a fact, or a message derived for a session) means to ICWS sessions, if anything. */
  deliver(event: DomainEvent): void {
    const change = sessionChangeOf(event);
    if (change) this.queues.apply(change);
  }

  private async resync(session: SessionKey): Promise<void> {
    try {
      const reply = await this.bus.request('sessionResync', session.tenant, { sessionId: session.sessionId });
      // A session the interactions service does not know has no subscriptions: there is nothing to make good.
      if (!reply.ok) this.logger.debug({ ...session, error: reply.error }, 'no resync for an ICWS session');
    } catch (error) {
      this.logger.warn(
        { err: error, ...session },
        'could not ask for an ICWS session’s resync; its next read asks again',
      );
      this.queues.resyncFailed(session);
    }
  }
}
