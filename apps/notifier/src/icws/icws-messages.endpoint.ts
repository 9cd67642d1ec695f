import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TokenSigner } from '@switchboard/auth';
import {
  ICWS_JSON,
  ICWS_MESSAGES_PATH,
  ICWS_WWW_AUTHENTICATE,
  IDENTITY_HEADER,
  type IcwsApi,
} from '@switchboard/contracts';
import type { NotifierEnv } from '../notifier.env.js';
import { notifierCookie } from '../registry/notifier-cookie.js';
import { ENV } from '../tokens.js';
import type { SessionKey } from './icws-messages.js';
import { IcwsMessaging } from './icws-messaging.js';
import { ServerSentEvents } from './server-sent-events.js';

const UNAUTHENTICATED: IcwsApi.components['schemas']['Error'] = {
  __type: 'urn:inin.com:common:error',
  errorId: 'error.request.session.invalid',
  message: 'The session is not valid: read messages through the gateway.',
};

const wantsEventStream = (accept: string | undefined): boolean =>
  accept?.toLowerCase().includes('text/event-stream') ?? false;

/** A header sent twice names no one message: joined, it is refused as malformed (and the stream resyncs). */
const lastEventIdOf = (header: string | string[] | undefined): string | undefined =>
  Array.isArray(header) ? header.join(', ') : header;

/**
 * `GET /icws/{sessionId}/messaging/messages`, reached through the gateway, which checks the session and vouches
 * for it in a signed identity. A short poll answers at once with what waits (`[]` when nothing); with
 * `Accept: text/event-stream` the same messages stream as server-sent events, resumed after its `Last-Event-ID` when
 * the client reconnects.
 */
@Injectable()
export class IcwsMessagesEndpoint implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly signer: TokenSigner,
    private readonly messaging: IcwsMessaging,
    @Inject(ENV) private readonly env: NotifierEnv,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.route({ method: 'GET', url: ICWS_MESSAGES_PATH, handler: (request, reply) => this.handle(request, reply) });
  }

  private async handle(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = request.headers[IDENTITY_HEADER];
    const identity = typeof token === 'string' ? await this.signer.verify('icws-messaging', token) : undefined;
    if (!identity) {
      await reply
        .code(401)
        .header('www-authenticate', ICWS_WWW_AUTHENTICATE)
        .header('content-type', ICWS_JSON)
        .send(JSON.stringify(UNAUTHENTICATED));
      return;
    }
    const session = { tenant: identity.tenant, sessionId: identity.sessionId };
    // the session's queue is held here: its next reads must come here too (set on the raw response, which a stream takes over)
    reply.raw.setHeader('set-cookie', notifierCookie(this.env.NOTIFIER_INSTANCE_ID));
    if (wantsEventStream(request.headers.accept)) {
      this.stream(session, reply, lastEventIdOf(request.headers['last-event-id']));
      return;
    }
    const messages = this.messaging.queues.take(session).map((queued) => queued.message);
    await reply
      .code(200)
      .header('content-type', ICWS_JSON)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(messages));
  }

  /** `lastEventId`: a reconnecting EventSource's Last-Event-ID, the last message it saw (see SessionQueues.attach). */
  private stream(session: SessionKey, reply: FastifyReply, lastEventId: string | undefined): void {
    reply.hijack();
    const response = reply.raw;
    const events = new ServerSentEvents(response);
    events.open();
    const handle = this.messaging.queues.attach(session, events, lastEventId);
    response.on('drain', () => {
      handle.drained();
    });
    response.on('close', () => {
      handle.detach();
    });
    // A connection reset surfaces here too; unhandled, it would take the whole notifier down.
    response.on('error', () => {
      handle.detach();
    });
  }
}
