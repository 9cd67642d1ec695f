import { ServerNats } from '@nestjs/microservices';
import type { Subscription } from '@nats-io/transport-node';
import { TENANT_TOKEN_INDEX } from '@switchboard/contracts';

/** Instances share it, so that while a tenant changes hands its commands go to one of them, not both. */
const QUEUE_GROUP = 'interactions';

/**
 * Nest's NATS transport, subscribed per tenant instead of for every tenant: this instance receives the commands and
 * queries of the tenants it holds the lease of, and nobody else's. The handlers stay Nest's (`@MessagePattern` on the
 * contract's `{tenant}` → `*` patterns): `sb.v1.cmd.*.interaction.dispatch`'s handler gets what comes on
 * `sb.v1.cmd.acme.interaction.dispatch` once acme is served. A tenant no instance holds has no responders: a caller
 * hears so at once and retries, instead of waiting out a timeout.
 */
export class TenantOwnedNatsServer extends ServerNats {
  private readonly served = new Map<string, Subscription[]>();

  /** Nothing is subscribed at listen: `serve` does it per tenant, once its lease is held and its state restored. */
  override bindEvents(): void {
    // deliberately empty: see the class comment
  }

  /**
   * Subscribes to the tenant's subject of every handler's pattern: only those — the bus has other services' requests
   * under the same tenant (the notifier's `callback.*`), and a reply from here would race theirs.
   */
  serve(tenant: string): void {
    if (this.served.has(tenant)) return;
    const client = this.unwrap<{ subscribe: (subject: string, options: object) => Subscription }>();
    const subscriptions = [...this.messageHandlers.keys()].map((pattern) => {
      const handler = this.getMessageHandler(pattern) as (error: Error | null, message: unknown) => Promise<void>;
      return client.subscribe(subjectOf(pattern, tenant), {
        queue: QUEUE_GROUP,
        callback: (error: Error | null, message: unknown) => {
          void handler(error, message);
        },
      });
    });
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

/** The tenant's subject of a handler pattern: its tenant token, the wildcard the handlers registered, filled in. */
function subjectOf(pattern: string, tenant: string): string {
  const tokens = pattern.split('.');
  tokens[TENANT_TOKEN_INDEX] = tenant;
  return tokens.join('.');
}
