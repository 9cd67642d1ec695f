import { describe, expect, it } from '@jest/globals';
import Fastify from 'fastify';
import { registerScriptRequests } from './script-requests.js';

async function server() {
  const fastify = Fastify();
  registerScriptRequests(fastify);
  // a plugin registered after it, as the CometD proxy is
  await fastify.register((child, _options, done) => {
    child.get('/refused', async (_request, reply) =>
      reply.code(401).header('www-authenticate', 'Basic realm="Switchboard"').send({ statusCode: 20 }),
    );
    child.get('/fine', async (_request, reply) =>
      reply.header('www-authenticate', 'Basic realm="Switchboard"').send({ statusCode: 0 }),
    );
    done();
  });
  await fastify.ready();
  return fastify;
}

describe('a 401 to a page’s own script', () => {
  it('omits WWW-Authenticate, so the browser opens no login dialog; other clients are still asked for Basic', async () => {
    const fastify = await server();
    const script = await fastify.inject({ url: '/refused', headers: { 'x-requested-with': 'XMLHttpRequest' } });
    expect(script.statusCode).toBe(401);
    expect(script.headers['www-authenticate']).toBeUndefined();
    expect(script.json()).toEqual({ statusCode: 20 });

    const other = await fastify.inject({ url: '/refused' });
    expect(other.headers['www-authenticate']).toBe('Basic realm="Switchboard"');
    // only a 401 is touched
    const fine = await fastify.inject({ url: '/fine', headers: { 'x-requested-with': 'xmlhttprequest' } });
    expect(fine.headers['www-authenticate']).toBe('Basic realm="Switchboard"');
    await fastify.close();
  });
});
