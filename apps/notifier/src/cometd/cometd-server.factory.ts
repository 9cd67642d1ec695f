import cometdServerModule, { type CometDServer, type ServerSession } from 'cometd-nodejs-server';
import ackExtensionModule from 'cometd-nodejs-server/ack-extension.js';
import type { AgentIdentity } from '@switchboard/auth';
import { gwsNotificationsEventChannels } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import type { AgentSessions } from './agent-sessions.js';
import type { MessageIdentities } from './message-identities.js';

/** The only channels an agent may subscribe to: its own `/v2/me/...` notifications. */
export const SUBSCRIBABLE_CHANNELS: ReadonlySet<string> = new Set(
  Object.values(gwsNotificationsEventChannels).map((channel) => channel.subject),
);

const sameAgent = (a: AgentIdentity, b: AgentIdentity): boolean => a.tenant === b.tenant && a.agentId === b.agentId;

export interface CometdTimings {
  /** How long a long poll is held open when there is nothing to send. */
  timeoutMs: number;
  /** How long a session outlives its last poll before it is removed. */
  maxIntervalMs: number;
}

/**
 * A CometD server that only agents can use, and only for themselves: the handshake binds the session to the
 * agent the gateway authenticated; every later message must come from that same agent; clients subscribe only
 * to the `/v2/me/...` channels and never publish.
 */
export function createCometdServer(
  sessions: AgentSessions,
  identities: MessageIdentities,
  logger: Logger,
  timings: CometdTimings,
): CometDServer {
  // The named ESM export fails at run time; the default export carries the factory.
  const cometd = cometdServerModule.createCometDServer({
    // Node clients in one process share a browser cookie; a real browser each has its own.
    maxSessionsPerBrowser: -1,
    timeout: timings.timeoutMs,
    maxInterval: timings.maxIntervalMs,
  });
  cometd.policy = {
    canHandshake(session: ServerSession, message, callback) {
      const identity = identities.of(message);
      if (!identity) {
        callback(undefined, false);
        return;
      }
      sessions.bind(session, identity);
      logger.debug({ tenant: identity.tenant, agentId: identity.agentId, session: session.id }, 'agent connected');
      callback(undefined, true);
    },
    canCreate(_session, _message, channelName, callback) {
      callback(undefined, SUBSCRIBABLE_CHANNELS.has(channelName));
    },
    canSubscribe(session, _message, channel, callback) {
      callback(undefined, sessions.identityOf(session.id) !== undefined && SUBSCRIBABLE_CHANNELS.has(channel.name));
    },
    canPublish(_session, _message, _channel, callback) {
      callback(undefined, false);
    },
  };
  cometd.addExtension({
    incoming(_server, session, message, callback) {
      const bound = sessions.identityOf(session.id);
      const current = identities.of(message);
      const hijack = bound !== undefined && (current === undefined || !sameAgent(bound, current));
      if (hijack) logger.warn({ channel: message.channel }, 'refused a CometD message from another agent');
      callback(undefined, !hijack);
    },
  });
  // A desktop that stops polling without disconnecting (network lost, laptop closed) loses its session after
  // maxInterval, and with it what was queued for it: worth knowing when an agent says it missed something.
  cometd.addListener('sessionRemoved', (session: ServerSession, expired: boolean) => {
    const identity = sessions.identityOf(session.id);
    if (!identity) return;
    const fields = { tenant: identity.tenant, agentId: identity.agentId, session: session.id };
    if (expired) logger.info(fields, 'agent session expired');
    else logger.debug(fields, 'agent disconnected');
  });
  // Acknowledged delivery for the sessions whose client asks for it in its handshake: the session keeps what it
  // sent until the client's next /meta/connect confirms it, and sends it again when a long poll's response was
  // lost with its connection — a client that reconnects within the session's lifetime misses nothing.
  // The module is CommonJS built in a way Node cannot see named exports in: as for the server, use the default.
  cometd.addExtension(new ackExtensionModule.AcknowledgedMessagesExtension());
  return cometd;
}
