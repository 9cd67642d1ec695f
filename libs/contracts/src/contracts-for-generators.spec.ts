// Issue 14, point 7: what other generators than ours need from the contracts. A discriminator without a mapping made
// @hey-api/openapi-ts type every branch `never`; a schema without a title got a made-up class name from quicktype (and
// an inline response schema one like `getMyInteractions_200_response` from openapi-generator); a bearer scheme told no
// generator where to get a token. e2e/src/generated-clients.e2e-spec.ts runs the generators themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { adminDocument } from './generated/admin.document.generated.js';
import { gwsV2Document } from './generated/gws-v2.document.generated.js';
import { icwsDocument } from './generated/icws.document.generated.js';
import { supervisorDocument } from './generated/supervisor.document.generated.js';
import { vccInteractionsDocument } from './generated/vcc-interactions.document.generated.js';

type Json = Record<string, unknown>;

const documents: [string, Json][] = [
  ['vcc-interactions', vccInteractionsDocument],
  ['gws-v2', gwsV2Document],
  ['admin', adminDocument],
  ['icws', icwsDocument],
  ['supervisor', supervisorDocument],
];

const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>(
    (current, key) => (current && typeof current === 'object' ? (current as Json)[key] : undefined),
    value,
  );
const schemasOf = (document: Json): Record<string, Json> =>
  at(document, 'components', 'schemas') as Record<string, Json>;

/** Every value of a document under any key, with where it is: the discriminators and responses may be inline. */
function* walk(value: unknown, where: string): Generator<[unknown, string]> {
  yield [value, where];
  if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) yield* walk(inner, `${where}/${key}`);
}

describe.each(documents)('the %s contract, for client generators', (_name, document) => {
  it('gives every schema a title (its name) and a description', () => {
    const lacking = Object.entries(schemasOf(document)).filter(
      ([name, schema]) => schema.title !== name || typeof schema.description !== 'string',
    );
    expect(lacking.map(([name]) => name)).toEqual([]);
  });

  it('titles every schema written inline in a response, and each branch of an inline oneOf', () => {
    const untitled: string[] = [];
    for (const [path, item] of Object.entries(at(document, 'paths') as Record<string, Json>)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries((at(operation, 'responses') ?? {}) as Record<string, Json>)) {
          for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, Json>)) {
            const schema = media.schema as Json | undefined;
            const inline = [schema, ...((schema?.oneOf ?? []) as Json[])].filter(
              (node) => node !== undefined && node.$ref === undefined,
            );
            if (inline.some((node) => typeof node?.title !== 'string'))
              untitled.push(`${method} ${path} ${status} ${type}`);
          }
        }
      }
    }
    expect(untitled).toEqual([]);
  });

  it('maps every discriminator value to the branch whose constant it is, and every branch is mapped', () => {
    for (const [node, where] of walk(document, '#')) {
      const discriminator = at(node, 'discriminator') as
        { propertyName: string; mapping?: Record<string, string> } | undefined;
      if (!discriminator) continue;
      const branches = (at(node, 'oneOf') as { $ref: string }[]).map(({ $ref }) => $ref);
      const constantOf = (ref: string): string =>
        String(at(schemasOf(document), ref.split('/').pop() ?? '', 'properties', discriminator.propertyName, 'const'));
      const constants = Object.fromEntries(branches.map((ref): [string, string] => [constantOf(ref), ref]));
      expect({ where, mapping: discriminator.mapping }).toEqual({ where, mapping: constants });
    }
  });

  it('names a contact and a server whose host is a variable', () => {
    expect(at(document, 'info', 'contact', 'name')).toEqual(expect.any(String));
    const [server] = at(document, 'servers') as { url: string; variables?: Json }[];
    expect(server?.url).toContain('{host}');
    expect(at(server, 'variables', 'host', 'default')).toEqual(expect.any(String));
  });

  it('shows an example of every JSON answer with a 2xx status', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(at(document, 'paths') as Record<string, Json>)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries((at(operation, 'responses') ?? {}) as Record<string, Json>)) {
          if (!status.startsWith('2')) continue;
          for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, Json>)) {
            if (type.includes('json') && media.example === undefined && media.examples === undefined)
              missing.push(`${method} ${path} ${status}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('OAuth 2 client credentials', () => {
  it.each([
    ['vcc-interactions', vccInteractionsDocument, 'interactions:write'],
    ['admin', adminDocument, 'admin'],
  ])(
    'the %s contract describes its security as client credentials from /Auth/connect/token',
    (_name, document, scope) => {
      const schemes = Object.values(at(document, 'components', 'securitySchemes') as Record<string, Json>);
      expect(schemes).toEqual([
        expect.objectContaining({
          type: 'oauth2',
          flows: { clientCredentials: { tokenUrl: '/Auth/connect/token', scopes: { [scope]: expect.any(String) } } },
        }),
      ]);
      expect(at(document, 'security')).toEqual([
        { [Object.keys(at(document, 'components', 'securitySchemes') as Json)[0] ?? '']: [scope] },
      ]);
    },
  );

  it('describes the token endpoint in the VCC contract', () => {
    expect(
      at(vccInteractionsDocument, 'paths', '/Auth/connect/token', 'post', 'requestBody', 'content'),
    ).toHaveProperty(['application/x-www-form-urlencoded']);
  });
});

describe('the GWS notifications contract, for client generators', () => {
  it('gives every schema a title (its name): quicktype names the classes of the payloads it models by them', () => {
    const file = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../../contracts/asyncapi/gws-notifications.asyncapi.yaml',
    );
    const schemas = at(parse(readFileSync(file, 'utf8')), 'components', 'schemas') as Record<string, Json>;
    expect(
      Object.entries(schemas)
        .filter(([name, schema]) => schema.title !== name)
        .map(([name]) => name),
    ).toEqual([]);
  });
});
