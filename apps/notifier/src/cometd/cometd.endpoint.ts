import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { CometDServer } from 'cometd-nodejs-server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TokenSigner } from '@switchboard/auth';
import { COMETD_PATH, IDENTITY_HEADER } from '@switchboard/contracts';
import type { NotifierEnv } from '../notifier.env.js';
import { notifierCookie } from '../registry/notifier-cookie.js';
import { COMETD_SERVER, ENV } from '../tokens.js';
import { bayeuxMessagesOf } from './bayeux-messages.js';
import { MessageIdentities } from './message-identities.js';

/** GWS's statusCode for a request it cannot use; the gateway serves CometD under the GWS paths. */
const GWS_BAD_REQUEST = 10;

/**
 * Serves CometD long polling. Fastify reads the body first, under its body limit and the JSON depth limit
 * (cometd-nodejs-server reads bodies without one), checks that it holds Bayeux messages, then hands the raw
 * request, its messages vouched for by the verified agent identity, to CometD.
 */
@Injectable()
export class CometdEndpoint implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly signer: TokenSigner,
    private readonly identities: MessageIdentities,
    @Inject(COMETD_SERVER) private readonly cometd: CometDServer,
    @Inject(ENV) private readonly env: NotifierEnv,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const handler = (request: FastifyRequest, reply: FastifyReply): Promise<void> => this.handle(request, reply);
    fastify.route({ method: ['GET', 'POST'], url: COMETD_PATH, handler });
    fastify.route({ method: ['GET', 'POST'], url: `${COMETD_PATH}/*`, handler });
  }

  /** Stops CometD's session sweeper, which would otherwise keep the process alive. */
  onApplicationShutdown(): void {
    this.cometd.close();
  }

  private async handle(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = request.headers[IDENTITY_HEADER];
    const identity = typeof token === 'string' ? await this.signer.verify('notifier-identity', token) : undefined;
    if (!identity) {
      await reply.code(401).send({ statusCode: 20, statusMessage: 'Access denied: authenticate through the gateway' });
      return;
    }
    // GET carries no messages: CometD answers it 400 itself
    const checked = request.method === 'POST' ? bayeuxMessagesOf(request.body) : { messages: undefined };
    if ('refusal' in checked) {
      await reply.code(400).send({ statusCode: GWS_BAD_REQUEST, statusMessage: checked.refusal });
      return;
    }
    reply.hijack();
    const raw = request.raw as IncomingMessage & { body?: unknown };
    raw.body = checked.messages;
    this.identities.vouch(checked.messages, identity);
    keepSessionHere(reply.raw, notifierCookie(this.env.NOTIFIER_INSTANCE_ID));
    this.cometd.handle(raw, reply.raw);
  }
}

/**
 * Sets the cookie that keeps the client's next requests on this notifier. CometD sets its own BAYEUX_BROWSER cookie
 * with setHeader on a handshake, which would replace ours: its Set-Cookie is added to ours instead.
 */
function keepSessionHere(response: ServerResponse, cookie: string): void {
  response.setHeader('set-cookie', [cookie]);
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) =>
    name.toLowerCase() === 'set-cookie'
      ? setHeader(name, [cookie, ...[value].flat().map(String)])
      : setHeader(name, value);
}
