import { postJson } from './http-client.js';
import { INVOKE_PATH, invokeBody, invokeHeaders } from './vcc-invoke.js';

const CALLS_IN_FLIGHT = 8;

/**
 * Dispatches `count` more interactions into the line (no agent is ready), `batchSize` per Invoke with a few calls
 * in flight; resolves with how many were dispatched.
 */
export async function fillLine(baseUrl: string, token: string, count: number, batchSize: number): Promise<number> {
  const headers = invokeHeaders(token);
  let remaining = count;
  let dispatched = 0;
  let calls = 0;
  const worker = async (): Promise<void> => {
    while (remaining > 0) {
      const size = Math.min(batchSize, remaining);
      remaining -= size;
      // invokeBody's `[<id>]` is autocannon's placeholder: here a call number keeps the external ids apart
      const body = invokeBody(size).replaceAll('[<id>]', `fill-${calls++}`);
      const answer = await postJson(`${baseUrl}${INVOKE_PATH}`, headers, body);
      const results = (answer.body as { results?: { outcome?: string }[] } | undefined)?.results ?? [];
      if (answer.status !== 200)
        throw new Error(`Invoke while filling the line: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
      dispatched += results.filter((result) => result.outcome === 'dispatched').length;
    }
  };
  await Promise.all(Array.from({ length: CALLS_IN_FLIGHT }, worker));
  return dispatched;
}
