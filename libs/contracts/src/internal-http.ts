/**
 * The HTTP hop between the gateway (the only public port) and the notifier: the paths the gateway forwards to and the
 * header carrying the identity it signed for the notifier. One definition, so the two apps cannot drift apart.
 */
export const IDENTITY_HEADER = 'x-switchboard-identity';
/** CometD (GWS notifications), served by the notifier at the path GWS clients use. */
export const COMETD_PATH = '/api/v2/notifications';
/** An ICWS session's messages (short poll, or server-sent events), once the gateway has checked the session. */
export const ICWS_MESSAGES_PATH = '/icws/messaging/messages';
