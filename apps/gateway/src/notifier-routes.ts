import { performance } from 'node:perf_hooks';
import { NotifierRegistryReader, type NatsConnection, type RegisteredNotifier } from '@switchboard/bus';
import type { Logger } from '@switchboard/logging';
import { cookieValue } from './auth/cookies.js';

/** Set by the notifier that holds a client's CometD or ICWS session (apps/notifier/src/registry/notifier-cookie.ts). */
export const NOTIFIER_COOKIE = 'sb-notifier';
/** How stale the gateway's copy of the registry may be: a notifier that died is routed to for at most this long past its lease. */
const REFRESH_EVERY_MS = 1_000;
/** A cookie naming a notifier not in the copy reads the registry again, at most this often. */
const REREAD_AFTER_MS = 200;
/**
 * How long a notifier that refused or dropped a proxied connection is passed over. Its registration outlives it by
 * up to its lease (5 s by default), and a client sent there again would only fail again: its CometD client backs
 * off a second more after each failure (6 s and more to get back, measured by the chaos suite). Sent to a live
 * notifier instead, it is told its session is unknown and handshakes at once.
 */
const UNREACHABLE_FOR_MS = 5_000;

/** Decodes the cookie's instance id; undefined when it is not a well-formed encoding. */
function notifierNamedBy(cookieHeader: string | undefined): string | undefined {
  const encoded = cookieValue(cookieHeader, NOTIFIER_COOKIE);
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/**
 * The notifier a request goes to: the one that holds the client's session (named by its cookie) while it is
 * registered and reachable, else this gateway's own, else any other registered one that is reachable. A client sent
 * to a notifier that does not know its session is told so (CometD: unknown client; ICWS: a fresh snapshot) and
 * starts over there, which then sets its own cookie.
 */
export function chooseNotifier(
  cookieHeader: string | undefined,
  registered: ReadonlyMap<string, RegisteredNotifier>,
  own: string,
  reachable: (url: string) => boolean = () => true,
): string {
  const named = notifierNamedBy(cookieHeader);
  const holder = named === undefined ? undefined : registered.get(named)?.url;
  if (holder !== undefined && reachable(holder)) return holder;
  if (reachable(own)) return own;
  return [...registered.values()].find(({ url }) => reachable(url))?.url ?? own;
}

/** The gateway's copy of SB_NOTIFIERS, refreshed every second, and the upstream choice made from it. */
export class NotifierRoutes {
  private registered: ReadonlyMap<string, RegisteredNotifier> = new Map();
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private readAt = -Infinity;
  /** Opened at the first read that finds the bucket (the notifiers create it), then reused by every read. */
  private reader: NotifierRegistryReader | undefined;
  /** Notifiers a proxied request could not reach, by URL: until when they are passed over. */
  private readonly unreachableUntil = new Map<string, number>();

  constructor(
    private readonly own: string,
    private readonly connection: NatsConnection,
    private readonly logger: Logger,
  ) {}

  /** The upstream for a request, by its Cookie header. */
  upstreamFor(cookieHeader: string | undefined): string {
    return chooseNotifier(cookieHeader, this.registered, this.own, this.reachable);
  }

  /** A proxied request could not reach the notifier at `url` (refused, reset): it is passed over for a while. */
  markUnreachable(url: string): void {
    this.unreachableUntil.set(url, performance.now() + UNREACHABLE_FOR_MS);
  }

  private readonly reachable = (url: string): boolean => {
    const until = this.unreachableUntil.get(url);
    if (until === undefined) return true;
    if (until > performance.now()) return false;
    this.unreachableUntil.delete(url);
    return true;
  };

  /**
   * Reads the registry again before routing a request whose cookie names a notifier this copy does not know: one
   * registered since the last read (a client handshaken there through another gateway) must not be taken for dead.
   */
  async knowNotifierOf(cookieHeader: string | undefined): Promise<void> {
    const named = notifierNamedBy(cookieHeader);
    if (named === undefined || this.registered.has(named) || performance.now() - this.readAt < REREAD_AFTER_MS) return;
    await this.refresh();
  }

  /** Reads the registry once (so the first requests are routed right), then keeps refreshing it. */
  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      void this.refresh();
    }, REFRESH_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One read at a time: a read asked for while one is out joins it. */
  private refresh(): Promise<void> {
    this.refreshing ??= this.read().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async read(): Promise<void> {
    try {
      this.reader ??= await NotifierRegistryReader.open(this.connection);
      this.registered = await this.reader.live();
    } catch (error) {
      // no registry yet (no notifier started) or NATS unreachable: the last copy stands, and the own notifier is the fallback
      this.logger.debug({ err: error }, 'notifier registry not read');
    } finally {
      this.readAt = performance.now();
    }
  }
}
