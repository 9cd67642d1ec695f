import type { FastifyInstance, FastifyReply } from 'fastify';
import type { DesktopFile } from './desktop-files.js';

export const DESKTOP_PATH = '/desktop';

/**
 * What the page may load: only this origin (its bundle, its CSS, the GWS API and CometD), no inline script, no
 * framing. The links in an interaction's linked data open in a new tab, which this does not govern. `worker-src
 * blob:` is for CometD's timer worker, which it builds from a blob so that a desktop in a background tab keeps its
 * long poll on time (browsers slow down a background page's own timers).
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self' blob:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function send(reply: FastifyReply, file: DesktopFile): FastifyReply {
  return reply
    .header('cache-control', file.cacheControl)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .type(file.contentType)
    .send(file.body);
}

/**
 * The agent desktop (apps/desktop, built by `npm run build`) at /desktop: its page at /desktop (and /desktop/), its
 * files at /desktop/<path>. A path is looked up in the files read at start, and anything not among them — a
 * `..`, an encoded slash, a file that is not there — is the plain 404. Public, like the page of any web app: it
 * holds no data, and the agent signs in on it with GWS credentials.
 */
export function registerDesktopRoute(server: FastifyInstance, files: ReadonlyMap<string, DesktopFile>): void {
  server.get(DESKTOP_PATH, (_request, reply) => {
    const index = files.get('index.html');
    if (index === undefined) {
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send('The agent desktop is not built: run `npm run build` (or `npx nx run desktop:build`).');
    }
    return send(reply, index);
  });
  server.get<{ Params: { '*': string } }>(`${DESKTOP_PATH}/*`, (request, reply) => {
    const file = files.get(request.params['*']);
    if (file === undefined || request.params['*'] === 'index.html') {
      reply.callNotFound();
      return reply;
    }
    return send(reply, file);
  });
}
