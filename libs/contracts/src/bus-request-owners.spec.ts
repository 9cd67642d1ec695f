// Issue 13, point 2: the generated table of bus requests, which each service subscribes to and handles, is the
// contract's: every request operation's channel once, with the service its `x-owner` names, and nothing else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { busRequestChannels, busRequestChannelsByOwner } from './generated/bus.registry.generated.js';

interface Operation {
  'x-owner'?: string;
  channel: { $ref: string };
  reply?: unknown;
}

const contractPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../contracts/asyncapi/bus.asyncapi.yaml',
);
const contract = parse(readFileSync(contractPath, 'utf8')) as { operations: Record<string, Operation> };

/** channel → owner, for every operation of the contract that is answered (has a reply), read from the YAML itself. */
const contractOwners = Object.fromEntries(
  Object.values(contract.operations)
    .filter((operation) => operation.reply !== undefined)
    .map((operation) => [operation.channel.$ref.replace('#/channels/', ''), operation['x-owner']]),
);

describe('the generated table of bus requests', () => {
  it('has every request channel of the contract, each with the owner its operation names, and no other', () => {
    const generated = Object.fromEntries(
      Object.entries(busRequestChannels).map(([channel, { owner }]) => [channel, owner]),
    );
    expect(generated).toEqual(contractOwners);
  });

  it('lists each channel under its owner exactly once', () => {
    const listed = Object.entries(busRequestChannelsByOwner).flatMap(([owner, channels]) =>
      channels.map((channel) => [channel, owner]),
    );
    expect(listed).toHaveLength(Object.keys(contractOwners).length);
    expect(Object.fromEntries(listed)).toEqual(contractOwners);
  });

  it('gives the interactions service everything but the notifier’s callback requests and the statistics query', () => {
    expect(Object.keys(busRequestChannelsByOwner).sort()).toEqual(['interactions', 'notifier', 'statistics']);
    expect(busRequestChannelsByOwner.statistics).toEqual(['statisticsGet']);
    expect(busRequestChannelsByOwner.notifier).toEqual(['callbackDeadLetters', 'callbackRedrive']);
    expect(busRequestChannelsByOwner.interactions).toHaveLength(39);
  });
});
