import { AckExtension, CometD, type Message } from 'cometd';
import type { ChannelStateChangeMessageV2, InteractionStateMessage } from './gws-types.js';

export interface NotificationHandlers {
  interaction(message: InteractionStateMessage): void;
  channels(message: ChannelStateChangeMessageV2): void;
  /** The long poll broke (false) or works again (true). */
  connection(connected: boolean): void;
}

/**
 * The agent's GWS notifications over CometD long polling at /api/v2/notifications, authenticated by the session
 * cookie the sign-in set. Every handshake (the first, and any after the session expired) subscribes again, and the
 * notifier then sends the agent's current interactions and channels, so the page never needs to ask for them.
 */
export function connectNotifications(handlers: NotificationHandlers): Promise<CometD> {
  const cometd = new CometD();
  cometd.unregisterTransport('websocket'); // GWS notifications are long polling only
  cometd.registerExtension('ack', new AckExtension());
  cometd.configure({ url: `${location.origin}/api/v2/notifications`, logLevel: 'warn' });
  cometd.addListener('/meta/connect', (connect: Message) => {
    handlers.connection(connect.successful === true);
  });
  return new Promise((resolve, reject) => {
    let first = true;
    cometd.addListener('/meta/handshake', (handshake: Message) => {
      const settles = first;
      first = false;
      if (!handshake.successful) {
        if (settles) reject(new Error(`notifications refused: ${handshake.error ?? 'no answer'}`));
        return;
      }
      // resolved once both subscriptions are confirmed: from then on nothing sent to the agent is missed
      let pending = 2;
      const confirmed = (channel: string) => (reply: Message) => {
        if (!settles) return;
        if (!reply.successful) reject(new Error(`subscription to ${channel} refused: ${reply.error ?? 'no answer'}`));
        else if ((pending -= 1) === 0) resolve(cometd);
      };
      cometd.subscribe(
        '/v2/me/interactions',
        (message: Message) => {
          handlers.interaction(message.data as InteractionStateMessage);
        },
        confirmed('/v2/me/interactions'),
      );
      cometd.subscribe(
        '/v2/me/channels',
        (message: Message) => {
          handlers.channels(message.data as ChannelStateChangeMessageV2);
        },
        confirmed('/v2/me/channels'),
      );
    });
    cometd.handshake();
  });
}
