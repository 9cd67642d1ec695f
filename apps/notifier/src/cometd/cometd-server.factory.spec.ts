import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { CometDServer } from 'cometd-nodejs-server';
import type { AgentIdentity } from '@switchboard/auth';
import { createLogger } from '@switchboard/logging';
import { AgentSessions } from './agent-sessions.js';
import { createCometdServer } from './cometd-server.factory.js';
import { MessageIdentities } from './message-identities.js';

/** Just enough of an HTTP response for cometd-nodejs-server: no sockets, no I/O. */
class FakeResponse extends EventEmitter {
  statusCode = 200;
  body: string | undefined;
  readonly socket = { destroyed: false };
  private readonly headers = new Map<string, string>();

  setHeader(name: string, value: string): void {
    this.headers.set(name.toLowerCase(), value);
  }

  header(name: string): string | undefined {
    return this.headers.get(name);
  }

  end(content = ''): void {
    this.body = content;
    this.emit('finish');
  }

  replies(): { channel: string; successful?: boolean; error?: string; clientId?: string }[] {
    return JSON.parse(this.body ?? 'null') as {
      channel: string;
      successful?: boolean;
      error?: string;
      clientId?: string;
    }[];
  }
}

const alice: AgentIdentity = { tenant: 'demo', agentId: '5465', username: 'alice' };
const bob: AgentIdentity = { tenant: 'demo', agentId: '5466', username: 'bob' };

describe('the CometD server', () => {
  const identities = new MessageIdentities();
  let cometd: CometDServer | undefined;
  afterEach(() => cometd?.close());

  /** POSTs Bayeux messages as the gateway forwards them: vouched for by the agent's identity. */
  const post = (server: CometDServer, messages: object[], cookie?: string, as: AgentIdentity = alice): FakeResponse => {
    identities.vouch(messages, as);
    const response = new FakeResponse();
    server.handle({ method: 'POST', headers: cookie === undefined ? {} : { cookie }, body: messages }, response);
    return response;
  };

  const start = (): {
    server: CometDServer;
    connect: (id: string, advice?: object, as?: AgentIdentity) => FakeResponse;
  } => {
    const logger = createLogger({ service: 'notifier-spec', level: 'silent' });
    const server = createCometdServer(new AgentSessions(), identities, logger, {
      timeoutMs: 30_000,
      maxIntervalMs: 10_000,
    });
    cometd = server;
    const handshake = post(server, [
      { id: '1', channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] },
    ]);
    const clientId = handshake.replies()[0]?.clientId;
    const cookie = handshake.header('set-cookie')?.split(';')[0];
    expect(clientId).toEqual(expect.any(String));
    const connect = (id: string, advice?: object, as?: AgentIdentity): FakeResponse =>
      post(
        server,
        [{ id, channel: '/meta/connect', clientId, connectionType: 'long-polling', ...(advice ? { advice } : {}) }],
        cookie,
        as,
      );
    return { server, connect };
  };

  it('refuses a message for an agent’s session sent by another agent', () => {
    const { connect } = start();
    expect(connect('2', { timeout: 0 }, bob).replies()).toEqual([
      expect.objectContaining({ channel: '/meta/connect', successful: false, error: '404::message_deleted' }),
    ]);
    expect(connect('3', { timeout: 0 }).replies()).toEqual([
      expect.objectContaining({ channel: '/meta/connect', successful: true }),
    ]);
  });

  it('knows the agent of a /meta/connect that takes over its session’s held one, as a reconnecting client sends', () => {
    const { connect } = start();
    expect(connect('2', { timeout: 0 }).replies()).toEqual([
      expect.objectContaining({ channel: '/meta/connect', successful: true }),
    ]);
    const held = connect('3');
    expect(held.body).toBeUndefined();
    // The client lost the held poll's connection and polls again: the new poll ends the held one first.
    const takeover = connect('4', { timeout: 0 });
    expect(held.statusCode).toBe(500);
    expect(takeover.replies()).toEqual([expect.objectContaining({ channel: '/meta/connect', successful: true })]);
  });
});
