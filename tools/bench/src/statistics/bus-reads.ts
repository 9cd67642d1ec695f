import { setTimeout as sleep } from 'node:timers/promises';
import type { NatsConnection } from '@nats-io/transport-node';
import { requestSubject, type BusRequestMap } from '@switchboard/contracts';
import type { LiveSample } from './live-statistics.js';

/** How often the statistics service is read straight over the bus: fine enough to time a 1 s goal, cheap enough. */
const READ_EVERY_MS = 250;

/**
 * The statistics service read at its own door: the bus query the gateway sends for the Statistics API
 * (`statisticsGet`), sent by the benchmark every 250 ms. What it shows beyond the bare consumer is the service's
 * (fold and answer); what the live stream shows beyond it is the gateway's (its feed's read every 500 ms, under the
 * load of every other request it serves).
 */
export class BusReads {
  readonly samples: LiveSample[] = [];
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(
    private readonly connection: NatsConnection,
    private readonly tenant: string,
  ) {
    this.done = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  private async loop(): Promise<void> {
    const subject = requestSubject('statisticsGet', this.tenant);
    while (!this.stopped) {
      const started = performance.now();
      try {
        const reply = await this.connection.request(subject, '{}', { timeout: 5_000 });
        const receivedAt = Date.now();
        const answer = reply.json<BusRequestMap['statisticsGet']['reply']>();
        if (answer.ok) {
          const { entered, offered, accepted, completed } = answer.statistics.summary.today;
          this.samples.push({
            receivedAt,
            dayStart: Date.parse(answer.statistics.dayStart),
            counts: { entered, offered, accepted, completed },
          });
        }
      } catch {
        // not answered in time: the next read says where it stands
      }
      await sleep(Math.max(0, READ_EVERY_MS - (performance.now() - started)));
    }
  }
}
