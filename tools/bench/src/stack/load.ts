import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** `[<id>]` in the body is replaced by a fresh id per request (autocannon's idReplacement). */
  body?: string;
}

export interface LoadResult {
  /** Answers with a 2xx status per second of the run: what was actually served. */
  okPerSecond: number;
  okResponses: number;
  /** Non-2xx answers, connection errors and timeouts: a run with any of them measured something else. */
  failures: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  durationSeconds: number;
}

/**
 * A closed-loop load with autocannon: `connections` connections, each sending its next request when the last one
 * answered, for a fixed duration. The same tool and settings for the platform and the bare baseline, so that
 * their ratio measures the platform and not the tool.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: options.method ?? 'GET',
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    ...(options.body === undefined ? {} : { body: options.body, idReplacement: options.body.includes('[<id>]') }),
  });
  const okResponses = result['2xx'];
  return {
    okPerSecond: okResponses / result.duration,
    okResponses,
    failures: result.non2xx + result.errors + result.timeouts,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    durationSeconds: result.duration,
  };
}
