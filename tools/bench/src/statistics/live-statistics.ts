import type { StatisticsApi } from '@switchboard/contracts';
import { ServerSentEventReader } from '@switchboard/testing';
import type { Sample } from './lag.js';
import { supervisorAuthorization } from './statistics-tenant.js';

type Live = StatisticsApi.components['schemas']['LiveStatistics'];

/** A sample of the live stream, with the day its figures are of. */
export interface LiveSample extends Sample {
  dayStart: number;
}

/**
 * The supervisor's live stream (GET /statistics/v1/stream, server-sent events), read as a supervisor's screen reads
 * it: each event's today figures of the tenant, with the time it arrived. What a supervisor sees is the headline
 * figure of the lag: it holds the statistics service's own lag, the gateway's read every 500 ms and the way out.
 */
export class LiveStatistics {
  readonly samples: LiveSample[] = [];
  private readonly done: Promise<void>;
  private firstSample: () => void = () => undefined;
  /** Resolves with the first event: the stream is open and the figures known. */
  readonly opened = new Promise<void>((resolve) => {
    this.firstSample = resolve;
  });

  private constructor(private readonly reader: ServerSentEventReader) {
    this.done = this.read();
  }

  static async open(baseUrl: string): Promise<LiveStatistics> {
    const response = await fetch(`${baseUrl}/statistics/v1/stream`, {
      headers: { authorization: supervisorAuthorization(), accept: 'text/event-stream' },
    });
    if (response.status !== 200 || response.body === null)
      throw new Error(`GET /statistics/v1/stream → ${response.status}: ${await response.text()}`);
    return new LiveStatistics(new ServerSentEventReader(response.body));
  }

  async close(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
    await this.done;
  }

  private async read(): Promise<void> {
    for (;;) {
      const next = await this.reader.nextEvent().catch(() => 'end' as const);
      if (next === 'end') return;
      const receivedAt = Date.now();
      const live = next.message as Live;
      const { entered, offered, accepted, completed } = live.summary.today;
      this.samples.push({
        receivedAt,
        dayStart: Date.parse(live.dayStart),
        counts: { entered, offered, accepted, completed },
      });
      this.firstSample();
    }
  }
}
