import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Fastify, { type FastifyInstance } from 'fastify';
import { readDesktopFiles } from './desktop-files.js';
import { registerDesktopRoute } from './desktop-route.js';

/** The router options of the gateway's own server (main.ts): paths case-insensitive, trailing slash ignored. */
async function serverFor(dir: string): Promise<FastifyInstance> {
  const server = Fastify({ routerOptions: { caseSensitive: false, ignoreTrailingSlash: true } });
  registerDesktopRoute(server, await readDesktopFiles(dir));
  await server.ready();
  return server;
}

describe('the agent desktop at /desktop', () => {
  let dir: string;
  let server: FastifyInstance;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'desktop-dist-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>desk</title>');
    await writeFile(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'assets', 'index-AbC123.css'), 'body{}');
    await writeFile(path.join(dir, 'assets', 'notes.unknownext'), 'not served');
    // a file beside the build that a traversal would be after
    await writeFile(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), 'secret');
    server = await serverFor(dir);
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    await rm(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), { force: true });
  });

  it('serves the page at /desktop and /desktop/, checked again on every load', async () => {
    for (const url of ['/desktop', '/desktop/']) {
      const page = await server.inject({ url });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("worker-src 'self' blob:"); // CometD's timer worker
      expect(page.body).toContain('<title>desk</title>');
    }
  });

  it('serves the content-hashed bundles with their types, cached for good, names in their own case', async () => {
    const script = await server.inject({ url: '/desktop/assets/index-AbC123.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.body).toBe('console.log(1)');
    const style = await server.inject({ url: '/desktop/assets/index-AbC123.css' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it.each([
    '/desktop/assets/missing.js',
    '/desktop/assets/notes.unknownext',
    '/desktop/index.html',
    '/desktop/../package.json',
    '/desktop/assets/../../secret.txt',
    '/desktop/%2e%2e/%2e%2e/package.json',
    '/desktop/assets%2f..%2f..%2fsecret.txt',
    '/desktop/assets/index-abc123.js',
  ])('answers 404 to %s', async (url) => {
    expect((await server.inject({ url })).statusCode).toBe(404);
  });

  it('answers 404 with how to build it when the desktop is not built', async () => {
    const unbuilt = await serverFor(path.join(dir, 'no-such-dist'));
    const page = await unbuilt.inject({ url: '/desktop' });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('npm run build');
    await unbuilt.close();
  });
});
