// Whether the CometD endpoint serves again, seen from outside: one handshake through the gateway, as an agent.
import { COMETD_PATH } from '@switchboard/contracts';
import { DEMO_PASSWORD } from './contract-http.js';

const PROBE_TIMEOUT_MS = 2_000;

/** True once a Bayeux handshake for the agent succeeds; false while the notifier behind the gateway is down. */
export async function cometdAnswers(
  baseUrl: string,
  username: string,
  password: string = DEMO_PASSWORD,
): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}${COMETD_PATH}`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify([
        { channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] },
      ]),
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    if (response.status !== 200) {
      await response.arrayBuffer();
      return false;
    }
    const [reply] = (await response.json()) as { successful?: boolean }[];
    return reply?.successful === true;
  } catch {
    return false;
  }
}
