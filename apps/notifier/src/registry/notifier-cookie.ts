/**
 * The cookie that names the notifier holding a client's CometD or ICWS session: the gateways route the client's
 * next requests to that notifier (apps/gateway/src/notifier-routes.ts reads it under the same name).
 */
export const NOTIFIER_COOKIE = 'sb-notifier';

/** The Set-Cookie value naming this instance; the id is encoded, as host names and pids may hold any character. */
export const notifierCookie = (instanceId: string): string =>
  `${NOTIFIER_COOKIE}=${encodeURIComponent(instanceId)}; Path=/; HttpOnly; SameSite=Lax`;
