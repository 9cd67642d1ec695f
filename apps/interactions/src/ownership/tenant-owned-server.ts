import { ServerNats } from '@nestjs/microservices';
import type { Subscription } from '@nats-io/transport-node';
import { TENANT_TOKEN_INDEX } from '@switchboard/contracts';

/** Instances share it, so that while a tenant changes hands its commands go to one of them, not both. */
const QUEUE_GROUP = 'interactions';

/**
 * Nest's NATS transport, subscribed per tenant instead of for every tenant: this instance receives the commands and
 * queries of the tenants it holds the lease of, and nobody else's. The handlers stay Nest's (`@MessagePattern` on the
 * contract's `{tenant}` → `*` patterns): a message on `sb.v1.cmd.acme.interaction.dispatch` is handed to the handler
 * of `sb.v1.cmd.*.interaction.dispatch`. A tenant no instance holds has no responders: a caller hears so at once and
 * retries, instead of waiting out a timeout.
 */
export class TenantOwnedNatsServer extends ServerNats {
  private readonly served = new Map<string, Subscription[]>();

  /** Nothing is subscribed at listen: `serve` does it per tenant, once its lease is held and its state restored. */
  override bindEvents(): void {
    // deliberately empty: see the class comment
  }

  serve(tenant: string): void {
    if (this.served.has(tenant)) return;
    const client = this.unwrap<{ subscribe: (subject: string, options: object) => Subscription }>();
    const subscriptions = ['cmd', 'qry'].map((kind) =>
      client.subscribe(`sb.v1.${kind}.${tenant}.>`, {
        queue: QUEUE_GROUP,
        callback: (error: Error | null, message: { subject: string }) => {
          const handler = this.getMessageHandler(patternOf(message.subject)) as (error: Error | null, message: unknown) => Promise<void>;
          void handler(error, message);
        },
      }),
    );
    this.served.set(tenant, subscriptions);
  }

  /**
   * Stops taking the tenant's requests (those already received are still answered), and resolves once nats-server
   * knows: from then on they go to another instance, or find no responders.
   */
  async stopServing(tenant: string): Promise<void> {
    const subscriptions = this.served.get(tenant);
    if (!subscriptions) return;
    this.served.delete(tenant);
    for (const subscription of subscriptions) subscription.unsubscribe();
    await this.unwrap<{ flush: () => Promise<void> }>().flush();
  }

  /** Every tenant's requests stop first; then Nest's close gives those in hand its grace period and disconnects. */
  override async close(): Promise<void> {
    for (const tenant of [...this.served.keys()]) await this.stopServing(tenant);
    await super.close();
  }

  servedTenants(): string[] {
    return [...this.served.keys()];
  }
}

/** The handler pattern of a concrete subject: its tenant token as the wildcard the handlers registered. */
function patternOf(subject: string): string {
  const tokens = subject.split('.');
  tokens[TENANT_TOKEN_INDEX] = '*';
  return tokens.join('.');
}
