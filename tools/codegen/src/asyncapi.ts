import { compile } from 'json-schema-to-typescript';
import { banner, camelCase, pascalCase, type Manifest } from './manifest.js';

type AsyncApiEntry = Manifest['asyncapi'][number];
type JsonObject = Record<string, unknown>;

interface Channel {
  address: string | null;
  messages?: Record<string, { $ref: string }>;
}
interface Operation {
  action: 'send' | 'receive';
  /** A request operation's answering service. */
  'x-owner'?: string;
  channel: { $ref: string };
  reply?: { channel: { $ref: string } };
}
interface AsyncApiDocument {
  channels: Record<string, Channel>;
  operations: Record<string, Operation>;
  components: { messages: Record<string, { payload: { $ref: string } }>; schemas: Record<string, JsonObject> };
}

const lastSegment = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

/** Rewrites `#/components/schemas/X` to `#/$defs/X` so each schema compiles as plain JSON Schema. */
function toJsonSchemaRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchemaRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) =>
        key === '$ref' && typeof inner === 'string'
          ? [key, inner.replace('#/components/schemas/', '#/$defs/')]
          : [key, toJsonSchemaRefs(inner)],
      ),
    );
  }
  return value;
}

function schemaDefinitions(document: AsyncApiDocument): Record<string, JsonObject> {
  return Object.fromEntries(
    Object.entries(document.components.schemas).map(([name, schema]) => [
      name,
      { ...(toJsonSchemaRefs(schema) as JsonObject), title: name },
    ]),
  );
}

/** One named TypeScript type per schema of `components.schemas`. */
export async function generateAsyncApiTypes(entry: AsyncApiEntry, document: AsyncApiDocument): Promise<string> {
  const definitions = schemaDefinitions(document);
  const parts: string[] = [];
  for (const [name, schema] of Object.entries(definitions)) {
    const compiled = await compile({ ...schema, $defs: definitions }, name, {
      bannerComment: '',
      declareExternallyReferenced: false,
      additionalProperties: false,
      format: true,
      strictIndexSignatures: true,
    });
    parts.push(compiled.trim());
  }
  return banner(entry.source) + parts.join('\n\n') + '\n';
}

/** The payload schema names of every message a channel carries, in the contract's order. */
function payloadsOf(document: AsyncApiDocument, channelRef: string): string[] {
  const channel = document.channels[lastSegment(channelRef)];
  const names = Object.values(channel?.messages ?? {}).flatMap(({ $ref }) => {
    const message = document.components.messages[lastSegment($ref)];
    return message ? [lastSegment(message.payload.$ref)] : [];
  });
  if (names.length === 0) throw new Error(`channel ${channelRef} has no message with a payload`);
  return names;
}

function payloadOf(document: AsyncApiDocument, channelRef: string): string {
  const [first, ...others] = payloadsOf(document, channelRef);
  if (first === undefined || others.length > 0)
    throw new Error(`request channel ${channelRef} must carry exactly one message`);
  return first;
}

/** The service that answers a request operation: its `x-owner`, which every request operation must have. */
function ownerOf(name: string, operation: Operation): string {
  const owner = operation['x-owner'];
  if (typeof owner !== 'string' || !/^[a-z][a-z0-9-]*$/.test(owner)) {
    throw new Error(`request operation ${name} needs an x-owner: the service that answers it (e.g. interactions)`);
  }
  return owner;
}

/** Each service's request channels, as a runtime list and as types: what that service subscribes to and handles. */
function ownersTable(prefix: string, Prefix: string, requests: { channel: string; owner: string }[]): string[] {
  const lines: string[] = [];
  const owners = [...new Set(requests.map((r) => r.owner))].sort();
  lines.push(
    `/** The request channels each service answers (their operations' \`x-owner\`), in the contract's order. */`,
  );
  lines.push(`export const ${prefix}RequestChannelsByOwner = {`);
  for (const owner of owners) {
    lines.push(`  ${/^[a-z0-9]+$/.test(owner) ? owner : `'${owner}'`}: [`);
    for (const r of requests.filter((request) => request.owner === owner)) lines.push(`    '${r.channel}',`);
    lines.push(`  ],`);
  }
  lines.push(`} as const;`, '');
  lines.push(`/** A service that answers requests on the bus. */`);
  lines.push(`export type ${Prefix}RequestOwner = keyof typeof ${prefix}RequestChannelsByOwner;`, '');
  lines.push(`/** The request channels one service answers. */`);
  lines.push(
    `export type ${Prefix}RequestChannelOf<O extends ${Prefix}RequestOwner> = (typeof ${prefix}RequestChannelsByOwner)[O][number];`,
    '',
  );
  return lines;
}

/**
 * The subject → payload registry: every request channel (an operation with a reply) with its request and
 * reply types and the service that answers it, each service's request channels, every event channel with its
 * payload type, and the JSON Schemas for runtime validation. An event channel that carries several messages
 * gets a union, `<Channel>Payload`, as a type and as a `oneOf` schema, so that a channel always names one
 * payload.
 */
export function generateAsyncApiRegistry(entry: AsyncApiEntry, document: AsyncApiDocument): string {
  const prefix = camelCase(entry.name);
  const Prefix = pascalCase(entry.name);
  const requests: { channel: string; address: string; request: string; reply: string; owner: string }[] = [];
  const events: { channel: string; address: string; payload: string }[] = [];
  const unions = new Map<string, string[]>();
  for (const [name, operation] of Object.entries(document.operations)) {
    const channel = lastSegment(operation.channel.$ref);
    const address = document.channels[channel]?.address;
    if (!address) throw new Error(`operation on channel ${channel} needs an address`);
    if (operation.reply) {
      const reply = payloadOf(document, operation.reply.channel.$ref);
      if (requests.some((r) => r.channel === channel)) throw new Error(`request channel ${channel} has two operations`);
      requests.push({
        channel,
        address,
        request: payloadOf(document, operation.channel.$ref),
        reply,
        owner: ownerOf(name, operation),
      });
    } else {
      const payloads = payloadsOf(document, operation.channel.$ref);
      const union = `${pascalCase(channel)}Payload`;
      if (payloads.length > 1) unions.set(union, payloads);
      events.push({ channel, address, payload: payloads.length > 1 ? union : (payloads[0] ?? '') });
    }
  }
  const memberNames = [...unions.values()].flat();
  const typeNames = [
    ...new Set([...requests.flatMap((r) => [r.request, r.reply]), ...events.map((e) => e.payload), ...memberNames]),
  ].filter((name) => !unions.has(name));
  const lines: string[] = [];
  lines.push(`import type { ${typeNames.sort().join(', ')} } from './${entry.types.replace(/\.ts$/, '.js')}';`, '');
  for (const [union, members] of unions) {
    lines.push(`/** Any message of its channel. */`, `export type ${union} = ${members.join(' | ')};`, '');
  }
  lines.push(`/** Request/reply channels and their subject templates. */`);
  lines.push(`export const ${prefix}RequestChannels = {`);
  for (const r of requests) {
    lines.push(
      `  ${r.channel}: { subject: '${r.address}', request: '${r.request}', reply: '${r.reply}', owner: '${r.owner}' },`,
    );
  }
  lines.push(`} as const;`, '');
  if (requests.length > 0) lines.push(...ownersTable(prefix, Prefix, requests));
  lines.push(`/** Event channels and their subject templates. */`);
  lines.push(`export const ${prefix}EventChannels = {`);
  for (const e of events) lines.push(`  ${e.channel}: { subject: '${e.address}', payload: '${e.payload}' },`);
  lines.push(`} as const;`, '');
  lines.push(`export interface ${Prefix}RequestMap {`);
  for (const r of requests) lines.push(`  ${r.channel}: { request: ${r.request}; reply: ${r.reply} };`);
  lines.push(`}`, '');
  lines.push(`export interface ${Prefix}EventMap {`);
  for (const e of events) lines.push(`  ${e.channel}: ${e.payload};`);
  lines.push(`}`, '');
  lines.push(`/** Every payload schema, as one JSON Schema document (refs point into \`$defs\`). */`);
  const unionSchemas = Object.fromEntries(
    [...unions].map(([union, members]) => [
      union,
      { title: union, oneOf: members.map((member) => ({ $ref: `#/$defs/${member}` })) },
    ]),
  );
  const schemaDocument = {
    $id: `urn:switchboard:${entry.name}`,
    $defs: { ...schemaDefinitions(document), ...unionSchemas },
  };
  lines.push(`export const ${prefix}Schemas = ${JSON.stringify(schemaDocument, null, 2)} as const;`, '');
  return banner(entry.source) + lines.join('\n');
}

export type { AsyncApiDocument };
