import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NatsConnection } from '@nats-io/transport-node';
import { requestSubject, type DispatchInteractionCommand, type InteractionCommandReply } from '@switchboard/contracts';
import { BENCH_ROUTE } from '../scale-out/bus-dispatch.js';
import type { Attempt } from './outage.js';

export interface TimelineLoadOptions {
  tenant: string;
  /** Senders, each sending its next dispatch when the last one answered and it paused. */
  senders: number;
  /**
   * Each sender's pause after an answer (success or failure). It keeps the load steady and the tenant's waiting line
   * at contact-center size over a run, and bounds how late the load sees a tenant served again.
   */
  pauseMs: number;
  /**
   * A dispatch sent to the instance just killed never hears back; its sender retries after this. Short (scale-out's
   * bus dispatch waits 10 s), so that the senders caught in flight by a kill probe again well within the lease TTL.
   */
  timeoutMs: number;
}

/**
 * A steady closed-loop dispatch load on one tenant, straight on the bus, that keeps a timeline of its attempts (sent,
 * answered, ok): what the outages are read from (outage.ts). Runs until stopped.
 */
export class TimelineLoad {
  private timeline: Attempt[] = [];
  private stopping = false;
  private readonly senders: Promise<void>[];
  private sent = 0;
  /** Over the whole run: dispatches answered ok, and failed (no responders, timeouts, failure replies). */
  ok = 0;
  failed = 0;

  constructor(
    private readonly connection: NatsConnection,
    private readonly options: TimelineLoadOptions,
  ) {
    this.senders = Array.from({ length: options.senders }, () => this.send());
  }

  /** The attempts answered since the last clear(), in the order their answers came. */
  get attempts(): readonly Attempt[] {
    return this.timeline;
  }

  /** Forgets the timeline so far (each stop reads only its own): the run's dispatches are not all kept in memory. */
  clear(): void {
    this.timeline = [];
  }

  /** Successes among the attempts sent at or after `from`, and whether any failed. */
  since(from: number): { ok: number; failed: number } {
    const after = this.timeline.filter((attempt) => attempt.sentAt >= from);
    const ok = after.filter((attempt) => attempt.ok).length;
    return { ok, failed: after.length - ok };
  }

  /** Resolves once every sender's last dispatch has answered. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.senders);
  }

  private async send(): Promise<void> {
    const { tenant, pauseMs, timeoutMs } = this.options;
    while (!this.stopping) {
      const command: DispatchInteractionCommand = {
        externalId: `bench-failover-${this.sent++}`,
        route: BENCH_ROUTE,
        properties: {},
        skills: [],
      };
      const sentAt = performance.now();
      let ok = false;
      try {
        const reply = await this.connection.request(
          requestSubject('interactionDispatch', tenant),
          JSON.stringify(command),
          { timeout: timeoutMs },
        );
        ok = reply.json<InteractionCommandReply>().ok;
      } catch {
        // no responders (nobody holds the tenant) or a timeout (its holder died with the request): a failed attempt
      }
      this.timeline.push({ sentAt, answeredAt: performance.now(), ok });
      if (ok) this.ok += 1;
      else this.failed += 1;
      await sleep(pauseMs);
    }
  }
}
