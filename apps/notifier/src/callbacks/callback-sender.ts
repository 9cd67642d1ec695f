import type { ProviderNotification } from '@switchboard/contracts';

export type DeliveryResult = { ok: true } | { ok: false; error: string };

/** One POST of a callback array to a provider's endpoint, with its registered headers; any 2xx is delivered. */
export class CallbackSender {
  constructor(private readonly timeoutMs: number) {}

  async send(
    endpoint: string,
    headers: Readonly<Record<string, string | undefined>>,
    notifications: ProviderNotification[],
  ): Promise<DeliveryResult> {
    const registered = Object.entries(headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, value] as const],
    );
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { ...Object.fromEntries(registered), 'content-type': 'application/json' },
        body: JSON.stringify(notifications),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await response.arrayBuffer();
      return response.ok ? { ok: true } : { ok: false, error: `HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
