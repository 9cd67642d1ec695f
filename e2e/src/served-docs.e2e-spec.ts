// The API reference and the contracts the gateway serves: what a new integrator opens in a browser or hands a
// client generator, with no credentials and nothing from outside the gateway.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { REPO_ROOT } from '@switchboard/testing';
import { usePlatform } from './support/platform-suite.js';

const suite = usePlatform();

/** Every contract file of a kind, by the name it is served under (vcc-interactions.openapi.yaml → vcc-interactions). */
function contractFiles(kind: 'openapi' | 'asyncapi'): { name: string; file: string }[] {
  const dir = path.join(REPO_ROOT, 'contracts', kind);
  return readdirSync(dir)
    .filter((file) => file.endsWith(`.${kind}.yaml`))
    .map((file) => ({ name: file.slice(0, -`.${kind}.yaml`.length), file: path.join(dir, file) }));
}

const titleOf = (file: string): string => (parse(readFileSync(file, 'utf8')) as { info: { title: string } }).info.title;

describe('served API reference', () => {
  it('serves at /docs an HTML reference naming every API family, its script from the gateway itself', async () => {
    const page = await fetch(`${suite.platform.baseUrl}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(
      contractFiles('openapi')
        .map(({ name }) => name)
        .sort(),
    ).toEqual(['admin', 'gws-v2', 'icws', 'statistics', 'supervisor', 'vcc-interactions']);
    for (const family of [/VCC Interactions/, /GWS API v2/, /ICWS/, /admin API/]) expect(html).toMatch(family);
    for (const { name, file } of contractFiles('openapi')) {
      expect(html).toContain(JSON.stringify(titleOf(file)));
      expect(html).toContain(`"/openapi/${name}.yaml"`);
    }
    // offline: no CDN, no font or script host — everything the page loads comes from the gateway
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const url = new URL(src, page.url);
      expect(url.origin).toBe(suite.platform.baseUrl);
      const script = await fetch(url);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
      expect((await script.text()).length).toBeGreaterThan(100_000);
    }
  }, 30_000);

  it('serves every OpenAPI contract as its file, byte for byte, and as that file parsed into JSON', async () => {
    for (const { name, file } of contractFiles('openapi')) {
      const yaml = await fetch(`${suite.platform.baseUrl}/openapi/${name}.yaml`);
      expect(yaml.status).toBe(200);
      expect(yaml.headers.get('content-type')).toMatch(/^application\/yaml/);
      expect(Buffer.from(await yaml.arrayBuffer()).equals(readFileSync(file))).toBe(true);
      const json = await fetch(`${suite.platform.baseUrl}/openapi/${name}.json`);
      expect(json.status).toBe(200);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await json.json()).toEqual(parse(readFileSync(file, 'utf8')));
    }
  });

  it('serves /openapi/vcc-interactions.json equal to contracts/openapi/vcc-interactions.openapi.yaml parsed', async () => {
    const response = await fetch(`${suite.platform.baseUrl}/openapi/vcc-interactions.json`);
    const contract: unknown = parse(
      readFileSync(path.join(REPO_ROOT, 'contracts', 'openapi', 'vcc-interactions.openapi.yaml'), 'utf8'),
    );
    expect(await response.json()).toEqual(contract);
  });

  it('serves every AsyncAPI contract as its file, byte for byte', async () => {
    expect(contractFiles('asyncapi').length).toBeGreaterThan(0);
    for (const { name, file } of contractFiles('asyncapi')) {
      const yaml = await fetch(`${suite.platform.baseUrl}/asyncapi/${name}.yaml`);
      expect(yaml.status).toBe(200);
      expect(Buffer.from(await yaml.arrayBuffer()).equals(readFileSync(file))).toBe(true);
    }
  });

  it('answers a document that does not exist with a plain 404', async () => {
    for (const missing of ['/openapi/reporting.json', '/openapi/vcc-interactions.txt', '/asyncapi/nothing.yaml']) {
      const response = await fetch(`${suite.platform.baseUrl}${missing}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
    }
  });
});
