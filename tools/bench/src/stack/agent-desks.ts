import { performance } from 'node:perf_hooks';
import { GwsAgentClient } from '@switchboard/gws-client';
import { GENERATED_AGENT_PASSWORD } from '@switchboard/testing';
import { postJson } from './http-client.js';

/** Sign-ins (and sign-outs) in flight from one process; desks spread over several processes share this. */
export const SIGN_INS_IN_FLIGHT = 100;

/** Runs `task` over `items` with at most `limit` in flight. */
export async function inBatches<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) await task(items[index] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Agents at their desks: each signed in over GWS, connected over CometD through the gateway and Ready; each
 * accepts every invitation at once and completes it once it is processing, so it is free again for the next.
 * Records when each interaction's first invitation arrived.
 */
export class AgentDesks {
  /** performance.now() of the first invitation of each interaction, by interaction id. */
  readonly invitedAt = new Map<string, number>();
  /** Accepts and completes answered with anything but a 200 (or not at all). */
  operationFailures = 0;

  private constructor(
    private readonly baseUrl: string,
    private readonly desks: GwsAgentClient[],
  ) {}

  /** Signs every agent in; the first alone, because desks in one process share CometD's browser cookie. */
  static async signIn(
    baseUrl: string,
    usernames: readonly string[],
    inFlight = SIGN_INS_IN_FLIGHT,
  ): Promise<AgentDesks> {
    const desks = new AgentDesks(baseUrl, []);
    const [first, ...rest] = usernames;
    if (first !== undefined) await desks.signInOne(first);
    await inBatches(rest, inFlight, (username) => desks.signInOne(username));
    return desks;
  }

  get count(): number {
    return this.desks.length;
  }

  /** Not ready, the contact-center session ended and CometD disconnected: no interaction is offered to them any more. */
  async signOut(): Promise<void> {
    await inBatches(this.desks, SIGN_INS_IN_FLIGHT, async (desk) => {
      await this.operate(desk.username, 'NotReady');
      await this.operate(desk.username, 'EndContactCenterSession');
      await desk.disconnect();
    });
  }

  private async signInOne(username: string): Promise<void> {
    await this.operate(username, 'StartContactCenterSession');
    const desk = new GwsAgentClient(this.baseUrl, username, GENERATED_AGENT_PASSWORD);
    desk.onNotification((message) => {
      if (message.state === 'Invited') {
        if (!this.invitedAt.has(message.id)) this.invitedAt.set(message.id, performance.now());
        void this.operateOn(username, message.id, 'Accept');
      } else if (message.state === 'Processing') {
        void this.operateOn(username, message.id, 'Complete');
      }
    });
    await desk.connect();
    this.desks.push(desk);
    await this.operate(username, 'Ready');
  }

  private authorization(username: string): Record<string, string> {
    return { authorization: `Basic ${Buffer.from(`${username}:${GENERATED_AGENT_PASSWORD}`).toString('base64')}` };
  }

  private async operate(username: string, operationName: string): Promise<void> {
    const answer = await postJson(
      `${this.baseUrl}/api/v2/me`,
      this.authorization(username),
      JSON.stringify({ operationName }),
    );
    const statusCode = (answer.body as { statusCode?: number } | undefined)?.statusCode;
    if (answer.status !== 200 || statusCode !== 0) {
      throw new Error(`${username} ${operationName}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    }
  }

  private async operateOn(username: string, id: string, operationName: 'Accept' | 'Complete'): Promise<void> {
    const url = `${this.baseUrl}/api/v2/me/interactions/${encodeURIComponent(id)}`;
    const answer = await postJson(url, this.authorization(username), JSON.stringify({ operationName })).catch(
      () => undefined,
    );
    if (answer?.status !== 200 || (answer.body as { statusCode?: number } | undefined)?.statusCode !== 0)
      this.operationFailures += 1;
  }
}
