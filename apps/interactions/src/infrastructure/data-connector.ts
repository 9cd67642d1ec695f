import type { AppletConfig } from '@switchboard/config';
import type { InteractionSnapshot } from '@switchboard/contracts';

type HttpRequestApplet = Extract<AppletConfig, { type: 'http-request' }>;

export type ConnectorResult = { ok: true; fields: Record<string, string> } | { ok: false; error: string };

/** `a.b.c` in a JSON answer. */
function pick(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), value);
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
      names.flatMap((name) => (interaction.properties[name] === undefined ? [] : [[name, interaction.properties[name]]])),
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
      const text = await response.text();
      if (!response.ok) return { ok: false, error: `HTTP ${response.status} from ${url.origin}` };
      const answer: unknown = text ? JSON.parse(text) : {};
      const fields: Record<string, string> = {};
      for (const [field, property] of Object.entries(applet.store)) {
        const value = pick(answer, field);
        if (value !== undefined && value !== null) fields[property] = typeof value === 'string' ? value : JSON.stringify(value);
      }
      return { ok: true, fields };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
