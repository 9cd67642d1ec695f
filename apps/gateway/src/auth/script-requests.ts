import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** A request sent by a page's own script, by the convention jQuery, Angular and Spring Security share. */
export function isScriptRequest(headers: IncomingHttpHeaders): boolean {
  const value = headers['x-requested-with'];
  return typeof value === 'string' && value.toLowerCase() === 'xmlhttprequest';
}

/**
 * A 401 to a page's own script (the agent desktop, whose session cookie expired) goes without `WWW-Authenticate`:
 * on that header a browser opens its own login dialog and holds the request until someone answers it, so the page
 * would never see the 401 and could not send the agent back to its sign-in form. Every other client (GWS's, ICWS's,
 * curl) is still asked for its credentials as its dialect says. Registered on the root, before the plugins whose
 * answers it must reach (the CometD proxy's).
 */
export function registerScriptRequests(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 401 && isScriptRequest(request.headers)) reply.removeHeader('www-authenticate');
    return payload;
  });
}
