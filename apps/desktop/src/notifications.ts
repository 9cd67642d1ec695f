import { AckExtension, CometD, type Message } from 'cometd';
import { SCRIPT_REQUEST_HEADERS } from './gws-http.js';
import type { ChannelStateChangeMessageV2, InteractionStateMessage, WorkbinMessage } from './gws-types.js';

export interface NotificationHandlers {
  interaction(message: InteractionStateMessage): void;
  channels(message: ChannelStateChangeMessageV2): void;
  workbins(message: WorkbinMessage): void;
  /** The long poll broke (false) or works again (true). */
  connection(connected: boolean): void;
  /** The gateway refused the session (HTTP 401): it expired, or was never valid. The client has stopped. */
  expired(): void;
}

export interface Notifications {
  /** Ends the CometD session (a /meta/disconnect the server acknowledges), so it does not linger until it times out. */
  disconnect(): Promise<void>;
}

const CHANNELS = ['/v2/me/interactions', '/v2/me/channels', '/v2/me/workbins'] as const;
/** How long a sign-out waits for the server to acknowledge the disconnect before it leaves anyway. */
const DISCONNECT_WAIT_MS = 3_000;

/** The HTTP status of a failed Bayeux request (the client adds it to the failure it reports). */
function httpCodeOf(message: Message): number | undefined {
  return (message as Message & { failure?: { httpCode?: number } }).failure?.httpCode;
}

/**
 * The agent's GWS notifications over CometD long polling at /api/v2/notifications, authenticated by the session
 * cookie the sign-in set. Every handshake (the first, and any after the session expired) subscribes again, and the
 * notifier then sends the agent's current interactions and channels, so the page never needs to ask for them.
 * A 401 on any request means the sign-in is gone (the cookie expired): retrying cannot help, so the client stops
 * and says so.
 */
export function connectNotifications(handlers: NotificationHandlers): Promise<Notifications> {
  const cometd = new CometD();
  cometd.unregisterTransport('websocket'); // GWS notifications are long polling only
  cometd.registerExtension('ack', new AckExtension());
  cometd.configure({
    url: `${location.origin}/api/v2/notifications`,
    logLevel: 'warn',
    // a 401 reaches the page instead of opening the browser's login dialog (gws-http.ts)
    requestHeaders: { ...SCRIPT_REQUEST_HEADERS },
  });
  const notifications: Notifications = {
    disconnect: () =>
      new Promise((resolve) => {
        if (cometd.isDisconnected()) {
          resolve();
          return;
        }
        const timer = setTimeout(resolve, DISCONNECT_WAIT_MS);
        cometd.disconnect(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
  let expired = false;
  const refused = (message: Message): boolean => {
    if (httpCodeOf(message) !== 401) return false;
    if (!expired) {
      expired = true;
      // stops the retries: the disconnect is refused too, and the client then stops where it is
      void notifications.disconnect();
      handlers.expired();
    }
    return true;
  };
  const handlerOf: Record<(typeof CHANNELS)[number], (message: Message) => void> = {
    '/v2/me/interactions': (message) => {
      handlers.interaction(message.data as InteractionStateMessage);
    },
    '/v2/me/channels': (message) => {
      handlers.channels(message.data as ChannelStateChangeMessageV2);
    },
    '/v2/me/workbins': (message) => {
      handlers.workbins(message.data as WorkbinMessage);
    },
  };
  cometd.addListener('/meta/connect', (connect: Message) => {
    if (refused(connect)) return;
    handlers.connection(connect.successful === true);
  });
  return new Promise((resolve, reject) => {
    let first = true;
    cometd.addListener('/meta/handshake', (handshake: Message) => {
      const settles = first;
      first = false;
      if (!handshake.successful) {
        if (refused(handshake) || settles) {
          reject(new Error(`notifications refused: ${handshake.error ?? 'no answer'}`));
        }
        return;
      }
      // resolved once every subscription is confirmed: from then on nothing sent to the agent is missed
      let pending = CHANNELS.length;
      for (const channel of CHANNELS) {
        cometd.subscribe(channel, handlerOf[channel], (reply: Message) => {
          if (!settles) return;
          if (!reply.successful) reject(new Error(`subscription to ${channel} refused: ${reply.error ?? 'no answer'}`));
          else if ((pending -= 1) === 0) resolve(notifications);
        });
      }
    });
    cometd.handshake();
  });
}
