/**
 * The HTTP hop between the gateway (the only public port) and the notifier: the paths the gateway forwards to and the
 * header carrying the identity it signed for the notifier. One definition, so the two apps cannot drift apart.
 */
export const IDENTITY_HEADER = 'x-switchboard-identity';
/** CometD (GWS notifications), served by the notifier at the path GWS clients use. */
export const COMETD_PATH = '/api/v2/notifications';
/** An ICWS session's messages (short poll, or server-sent events), once the gateway has checked the session. */
export const ICWS_MESSAGES_PATH = '/icws/messaging/messages';
/** What every ICWS JSON answer is labelled, by whichever app answers: the official SDK parses only this type (reference C1). */
export const ICWS_JSON = 'application/vnd.inin.icws+json;charset=utf-8';
/** The challenge of every unauthenticated ICWS session request, gateway's or notifier's: reference C4 gives it exactly. */
export const ICWS_WWW_AUTHENTICATE = 'ICWS realm="ICWS" location="/ICWS/connection"';
