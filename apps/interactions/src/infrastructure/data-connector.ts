import type { AppletConfig } from '@switchboard/config';
import type { InteractionSnapshot } from '@switchboard/contracts';

type HttpRequestApplet = Extract<AppletConfig, { type: 'http-request' }>;

/**
 * What an answer may hold (README, Limits): the fields it gives become interaction properties, carried in every event
 * of the interaction, so they are bounded like a client's. Past a bound the call fails (the applet's onError), rather
 * than build an event the log cannot store — which would leave the plan paused and call the endpoint again and again.
 */
export const MAX_ANSWER_BYTES = 1024 * 1024;
export const MAX_FIELD_CHARACTERS = 32_768;

/** The body as text, or undefined once it is over `cap` bytes (the rest is not read). */
async function textWithin(response: Response, cap: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export type ConnectorResult = { ok: true; fields: Record<string, string> } | { ok: false; error: string };

/** `a.b.c` in a JSON answer. */
function pick(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (current, key) =>
        current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined,
      value,
    );
}

/**
 * The HTTP Request applet's call: the interaction's properties out (a JSON body, or query parameters for GET),
 * chosen fields of the JSON answer back as properties. Every call carries an Idempotency-Key, because a call
 * interrupted by a restart is made again.
 */
export class DataConnector {
  async call(applet: HttpRequestApplet, step: string, interaction: InteractionSnapshot): Promise<ConnectorResult> {
    const names = applet.send ?? Object.keys(interaction.properties);
    const params = Object.fromEntries(
      names.flatMap((name) =>
        interaction.properties[name] === undefined ? [] : [[name, interaction.properties[name]]],
      ),
    );
    const url = new URL(applet.url);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'idempotency-key': `${interaction.id}:${step}`,
      ...applet.headers,
    };
    let body: string | undefined;
    if (applet.method === 'GET') {
      for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    } else {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(params);
    }
    try {
      const response = await fetch(url, {
        method: applet.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: AbortSignal.timeout(applet.timeoutSeconds * 1000),
      });
      const text = await textWithin(response, MAX_ANSWER_BYTES);
      if (!response.ok) return { ok: false, error: `HTTP ${response.status} from ${url.origin}` };
      if (text === undefined)
        return { ok: false, error: `the answer from ${url.origin} is over ${String(MAX_ANSWER_BYTES)} bytes` };
      const answer: unknown = text ? JSON.parse(text) : {};
      const fields: Record<string, string> = {};
      for (const [field, property] of Object.entries(applet.store)) {
        const value = pick(answer, field);
        if (value === undefined || value === null) continue;
        const stored = typeof value === 'string' ? value : JSON.stringify(value);
        if (stored.length > MAX_FIELD_CHARACTERS) {
          return { ok: false, error: `the answer's ${field} is over ${String(MAX_FIELD_CHARACTERS)} characters` };
        }
        fields[property] = stored;
      }
      return { ok: true, fields };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
