import type { AgentIdentity } from '@switchboard/auth';

/**
 * The agent the gateway vouched for, attached to each Bayeux message of the request it came in (see
 * cometd.endpoint.ts). CometD's own request context is a single slot that a long poll finishing resets, and a
 * /meta/connect finishes its session's previous, still held, one in the middle of its own processing (a client
 * reconnecting after an outage does exactly that): read from there, the identity would be gone.
 */
export class MessageIdentities {
  private readonly identities = new WeakMap<object, AgentIdentity>();

  /** Vouches for every message of a request body (CometD's long polling posts an array of them). */
  vouch(body: unknown, identity: AgentIdentity): void {
    for (const message of Array.isArray(body) ? (body as unknown[]) : [body]) {
      if (typeof message === 'object' && message !== null) this.identities.set(message, identity);
    }
  }

  of(message: object): AgentIdentity | undefined {
    return this.identities.get(message);
  }
}
