import { AckExtension, CometD, type Message } from 'cometd';
import { adapt } from 'cometd-nodejs-client';
import type {
  ChannelStateChangeMessageV2,
  GwsApi,
  InteractionStateMessage,
  MeWorkbinsPayload,
} from '@switchboard/contracts';

type Schemas = GwsApi.components['schemas'];
export type MeOperationName = Schemas['MeOperation']['operationName'];

// CometD's JavaScript client expects a browser: give it Node's XMLHttpRequest once per process.
adapt();

/**
 * What CometD says of a request that got no CometD answer (`failure`: the HTTP status, the transport's reason, the
 * exception): a refused connection, an error page, a timeout.
 */
function transportFailure(message: Message): string {
  const failure = (message as { failure?: { httpCode?: unknown; reason?: unknown; exception?: unknown } }).failure;
  if (failure === undefined) return 'unknown reason';
  const exception = failure.exception instanceof Error ? failure.exception.message : failure.exception;
  return JSON.stringify({ httpCode: failure.httpCode, reason: failure.reason, exception });
}

export interface HttpResult<T> {
  status: number;
  body: T;
}

/**
 * An agent desktop in miniature: signs in to the GWS API with Basic credentials, changes its readiness, and
 * receives its interaction notifications over CometD long polling, as a GWS client does.
 */
export class GwsAgentClient {
  private readonly authorization: string;
  private readonly cometd = new CometD();
  private readonly listeners = new Set<(message: InteractionStateMessage) => void>();
  /** Told of every message on any channel, so a wait can look again. */
  private readonly arrivals = new Set<() => void>();
  private readonly connectionListeners = new Set<(connected: boolean) => void>();
  private isConnected = false;
  readonly received: InteractionStateMessage[] = [];
  /** What arrived on `/v2/me/workbins` and `/v2/me/channels`. */
  readonly workbinMessages: MeWorkbinsPayload[] = [];
  readonly channelMessages: ChannelStateChangeMessageV2[] = [];
  /** The CometD session ids this client handshook, in order: more than one means its session expired once. */
  readonly sessions: string[] = [];

  constructor(
    private readonly baseUrl: string,
    readonly username: string,
    password: string,
    /** The CometD endpoint; GWS clients also use the alias /genesys/cometd. */
    private readonly notificationsPath = '/api/v2/notifications',
  ) {
    this.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  async operate(operationName: MeOperationName): Promise<HttpResult<Schemas['StatusResponse']>> {
    const response = await fetch(`${this.baseUrl}/api/v2/me`, {
      method: 'POST',
      headers: { authorization: this.authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ operationName }),
    });
    return { status: response.status, body: (await response.json()) as Schemas['StatusResponse'] };
  }

  async me(): Promise<HttpResult<Schemas['MeResponse'] | Schemas['StatusResponse']>> {
    const response = await fetch(`${this.baseUrl}/api/v2/me`, { headers: { authorization: this.authorization } });
    return { status: response.status, body: (await response.json()) as Schemas['MeResponse'] };
  }

  /**
   * Handshakes and subscribes to `/v2/me/interactions`, `/v2/me/workbins` and `/v2/me/channels`; resolves once
   * the subscriptions are confirmed. The client
   * acknowledges what it receives (CometD's ack extension), so a connection lost and regained within the
   * session's lifetime misses nothing; when the session expired meanwhile, CometD handshakes again by itself
   * and the client subscribes again, receiving the agent's current interactions.
   */
  connect(): Promise<void> {
    this.cometd.unregisterTransport('websocket'); // GWS notifications are long polling only
    this.cometd.registerExtension('ack', new AckExtension());
    this.cometd.configure({
      url: `${this.baseUrl}${this.notificationsPath}`,
      requestHeaders: { Authorization: this.authorization },
      logLevel: 'warn',
    });
    this.cometd.addListener('/meta/connect', (connect: Message) => {
      this.setConnected(connect.successful === true);
    });
    return new Promise((resolve, reject) => {
      let first = true;
      // A handshake drops the client's subscriptions: each one, the first and any after the session expired,
      // subscribes anew. The promise is about the first; later ones are retried by CometD until they succeed.
      this.cometd.addListener('/meta/handshake', (handshake: Message) => {
        const settles = first;
        first = false;
        if (!handshake.successful) {
          if (settles) reject(new Error(`CometD handshake refused: ${handshake.error ?? transportFailure(handshake)}`));
          return;
        }
        if (handshake.clientId !== undefined) this.sessions.push(handshake.clientId);
        const subscriptions: [string, (message: Message) => void][] = [
          ['/v2/me/interactions', this.receive],
          ['/v2/me/workbins', this.collect(this.workbinMessages)],
          ['/v2/me/channels', this.collect(this.channelMessages)],
        ];
        let pending = subscriptions.length;
        for (const [channel, receive] of subscriptions) {
          this.cometd.subscribe(channel, receive, (subscribe: Message) => {
            if (!settles) return;
            if (!subscribe.successful)
              reject(
                new Error(`subscription to ${channel} refused: ${subscribe.error ?? transportFailure(subscribe)}`),
              );
            else if ((pending -= 1) === 0) resolve();
          });
        }
      });
      this.cometd.handshake();
    });
  }

  /** Called whenever the long poll breaks (false) or works again (true). */
  onConnectionChange(listener: (connected: boolean) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  /** Whether the last long poll succeeded. */
  get connected(): boolean {
    return this.isConnected;
  }

  /** Called for every notification that arrives from now on. */
  onNotification(listener: (message: InteractionStateMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first notification, received so far or later, that matches; rejects after the timeout. */
  waitFor(
    predicate: (message: InteractionStateMessage) => boolean,
    timeoutMs = 10_000,
  ): Promise<InteractionStateMessage> {
    return this.waitUntil(() => this.received.find(predicate), timeoutMs);
  }

  /** The same for `/v2/me/workbins` messages. */
  waitForWorkbinMessage(
    predicate: (message: MeWorkbinsPayload) => boolean,
    timeoutMs = 10_000,
  ): Promise<MeWorkbinsPayload> {
    return this.waitUntil(() => this.workbinMessages.find(predicate), timeoutMs);
  }

  /** The same for `/v2/me/channels` messages. */
  waitForChannelMessage(
    predicate: (message: ChannelStateChangeMessageV2) => boolean,
    timeoutMs = 10_000,
  ): Promise<ChannelStateChangeMessageV2> {
    return this.waitUntil(() => this.channelMessages.find(predicate), timeoutMs);
  }

  /** Looks now and after every arrival; the abort signal is only the wait's deadline. */
  private waitUntil<T>(find: () => T | undefined, timeoutMs: number): Promise<T> {
    const seen = find();
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const deadline = AbortSignal.timeout(timeoutMs);
      const look = (): void => {
        const found = find();
        if (found === undefined) return;
        stop();
        resolve(found);
      };
      const giveUp = (): void => {
        stop();
        reject(new Error(`${this.username}: no matching notification within ${timeoutMs} ms`));
      };
      const stop = (): void => {
        this.arrivals.delete(look);
        deadline.removeEventListener('abort', giveUp);
      };
      this.arrivals.add(look);
      deadline.addEventListener('abort', giveUp, { once: true });
    });
  }

  /** Subscribes to an arbitrary channel; resolves with whether the server allowed it. */
  trySubscribe(channel: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.cometd.subscribe(
        channel,
        () => undefined,
        (reply: Message) => {
          resolve(reply.successful === true);
        },
      );
    });
  }

  private readonly receive = (message: Message): void => {
    const notification = message.data as InteractionStateMessage;
    this.received.push(notification);
    for (const listener of this.listeners) listener(notification);
    for (const look of [...this.arrivals]) look();
  };

  /** Collects a channel's messages as the server sent them (the e2e suites check them against the contract). */
  private collect(into: unknown[]): (message: Message) => void {
    return (message) => {
      into.push(message.data);
      for (const look of [...this.arrivals]) look();
    };
  }

  private setConnected(connected: boolean): void {
    if (connected === this.isConnected) return;
    this.isConnected = connected;
    for (const listener of this.connectionListeners) listener(connected);
  }

  disconnect(): Promise<void> {
    return new Promise((resolve) => {
      if (this.cometd.isDisconnected()) {
        resolve();
        return;
      }
      this.cometd.disconnect(() => {
        resolve();
      });
    });
  }
}
