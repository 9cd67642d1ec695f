import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InteractionSnapshot } from '@switchboard/contracts';
import { DataConnector } from './data-connector.js';

describe('DataConnector against a real server that does not answer', () => {
  let server: Server;
  const held: ServerResponse[] = [];

  beforeAll(async () => {
    server = createServer((_request, response) => held.push(response));
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', resolve);
    });
  });

  afterAll(async () => {
    for (const response of held) response.destroy();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  });

  it('gives up after the applet timeout and reports it as a failure', async () => {
    const { port } = server.address() as AddressInfo;
    const interaction: InteractionSnapshot = {
      id: '1',
      route: 'r',
      interactionType: 'nonlive',
      mediaType: 'API Object',
      properties: { a: '1' },
      skills: [],
      queuedAt: '2026-01-01T00:00:00.000Z',
    };
    const result = await new DataConnector().call(
      {
        type: 'http-request',
        url: `http://127.0.0.1:${port}/slow`,
        method: 'POST',
        headers: {},
        timeoutSeconds: 0.2,
        store: {},
        next: 'x',
      },
      'call',
      interaction,
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/timeout|aborted/i) });
    expect(held).toHaveLength(1);
  });
});
