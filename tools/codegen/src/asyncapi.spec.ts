// Issue 13, point 2: every request operation of a bus contract names the service that answers it, and the registry
// lists each service's channels from that: a request nobody owns would be answered by nobody, so it fails codegen.
import { describe, expect, it } from '@jest/globals';
import { generateAsyncApiRegistry, type AsyncApiDocument } from './asyncapi.js';

const entry = {
  name: 'bus',
  source: 'asyncapi/bus.asyncapi.yaml',
  types: 'bus.types.generated.ts',
  registry: 'bus.registry.generated.ts',
};
const object = { type: 'object' };

function contract(owners: { ping?: string; stop?: string }): AsyncApiDocument {
  const operation = (channel: string, owner: string | undefined) => ({
    action: 'receive' as const,
    ...(owner === undefined ? {} : { 'x-owner': owner }),
    channel: { $ref: `#/channels/${channel}` },
    reply: { channel: { $ref: '#/channels/reply' } },
  });
  return {
    channels: {
      ping: { address: 'sb.v1.qry.{tenant}.thing.ping', messages: { ping: { $ref: '#/components/messages/Ping' } } },
      stop: { address: 'sb.v1.cmd.{tenant}.thing.stop', messages: { stop: { $ref: '#/components/messages/Ping' } } },
      reply: { address: null, messages: { reply: { $ref: '#/components/messages/Reply' } } },
    },
    operations: { ping: operation('ping', owners.ping), stop: operation('stop', owners.stop) },
    components: {
      messages: {
        Ping: { payload: { $ref: '#/components/schemas/Ping' } },
        Reply: { payload: { $ref: '#/components/schemas/Reply' } },
      },
      schemas: { Ping: object, Reply: object },
    },
  };
}

describe('the bus registry codegen', () => {
  it("lists each request channel with its operation's x-owner, and each owner's channels", () => {
    const registry = generateAsyncApiRegistry(entry, contract({ ping: 'interactions', stop: 'notifier' }));
    expect(registry).toContain(
      `ping: { subject: 'sb.v1.qry.{tenant}.thing.ping', request: 'Ping', reply: 'Reply', owner: 'interactions' },`,
    );
    expect(registry).toContain(
      `export const busRequestChannelsByOwner = {\n  interactions: [\n    'ping',\n  ],\n  notifier: [\n    'stop',\n  ],\n} as const;`,
    );
    expect(registry).toContain(
      'export type BusRequestChannelOf<O extends BusRequestOwner> = (typeof busRequestChannelsByOwner)[O][number];',
    );
  });

  it('refuses a request operation that names no owner', () => {
    expect(() => generateAsyncApiRegistry(entry, contract({ ping: 'interactions' }))).toThrow(
      'request operation stop needs an x-owner',
    );
  });
});
