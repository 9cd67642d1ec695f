// An ICWS client for the e2e suites: a session (id, CSRF token, cookie) and every call through it, each response
// checked against contracts/openapi/icws.openapi.yaml; messages read by short poll or as server-sent events, each
// message checked against the same contract.
import { expect } from '@jest/globals';
import { icwsDocument, OpenApiValidator, type IcwsApi } from '@switchboard/contracts';
import { pollUntil, ServerSentEventReader } from '@switchboard/testing';
import { DEMO_PASSWORD, exchange, mergeHeaders, type ContractResponse } from './contract-http.js';

const icwsContract = new OpenApiValidator(icwsDocument, 'icws');
const CONTRACT_NAME = 'ICWS';

/** What the official ICWS SDK sends (and only parses): the vendor media type. */
export const ICWS_MEDIA_TYPE = 'application/vnd.inin.icws+JSON;charset=utf-8';
/** Reference C4: the challenge every unauthenticated session request gets. */
export const ICWS_CHALLENGE = 'ICWS realm="ICWS" location="/ICWS/connection"';
export const CONNECTION_PATH = '/icws/connection';
const MESSAGES_PATH = '/icws/{sessionId}/messaging/messages';
const MESSAGE_WAIT_MS = 10_000;

export const QUEUE_TYPE = { system: 0, user: 1, workgroup: 2, station: 3 } as const;
export interface QueueId {
  queueType: number;
  queueName: string;
}

export interface AttributeEntry {
  interactionId: string;
  attributes: Record<string, string>;
}

/** An ICWS message as the contract describes it; the fields the suites read. */
export interface IcwsMessage {
  __type: string;
  isDelta: boolean;
  subscriptionId?: string;
  interactionsAdded?: AttributeEntry[];
  interactionsChanged?: AttributeEntry[];
  interactionsRemoved?: string[];
  queueResultLimitExceeded?: boolean;
  /** An interaction watch's messages (the vendor's capital ID). */
  interactionID?: string;
  attributes?: Record<string, string>;
}

export const QUEUE_CONTENTS = 'urn:inin.com:queues:queueContentsMessage';
export const INTERACTION_CHANGED = 'urn:inin.com:interactions:interactionChangedMessage';
export const INTERACTION_DEALLOCATED = 'urn:inin.com:interactions:interactionDeallocatedMessage';
const WATCH_PATH = '/icws/{sessionId}/messaging/subscriptions/interactions/{interactionId}';

export interface IcwsError {
  __type?: string;
  errorId?: string;
  message: string;
}

interface CallOptions {
  body?: unknown;
  /** Sent as is instead of the JSON body. */
  rawBody?: string;
  /** Replaces or (with undefined) removes a header the session would send: cookie, ININ-ICWS-CSRF-Token, content-type. */
  headers?: Record<string, string | undefined>;
  query?: string;
  /** Bounds the wait for the answer. */
  signal?: AbortSignal;
}

type Schemas = IcwsApi.components['schemas'];

/** The body of a response that must have the status, typed as the named schema (the exchange validated it). */
export function icwsBody<K extends keyof Schemas>(response: ContractResponse, status: number, _schema: K): Schemas[K] {
  expectStatus(response, status);
  return response.body as Schemas[K];
}

function expectStatus(response: ContractResponse, status: number): void {
  if (response.status !== status)
    throw new Error(`expected HTTP ${status} but got ${response.status}: ${response.text}`);
}

/** An ICWS error answer: the status, and the documented body — a dotted errorId and a message. */
export function expectIcwsError(response: { status: number; body: unknown }, status: number): IcwsError {
  expect(response.status).toBe(status);
  const error = response.body as IcwsError;
  expect(error.errorId).toMatch(/^error\.[\w.]+$/);
  expect(error.message).toMatch(/\S/);
  return error;
}

/** `POST /icws/connection` with the icAuth settings (overridable), Accept-Language and the vendor media type. */
export function connect(
  baseUrl: string,
  userID: string,
  {
    password = DEMO_PASSWORD,
    body,
    headers,
  }: { password?: string; body?: unknown; headers?: Record<string, string | undefined> } = {},
): Promise<ContractResponse> {
  const settings = body ?? {
    __type: 'urn:inin.com:connection:icAuthConnectionRequestSettings',
    applicationName: 'Switchboard e2e',
    userID,
    password,
  };
  return exchange(baseUrl, {
    contract: icwsContract,
    contractName: CONTRACT_NAME,
    contractPath: CONNECTION_PATH,
    method: 'POST',
    headers: mergeHeaders(
      { 'accept-language': 'en-us', 'content-type': ICWS_MEDIA_TYPE, accept: ICWS_MEDIA_TYPE },
      headers,
    ),
    body: JSON.stringify(settings),
  });
}

/** An unauthenticated connection resource: /icws/connection/version, /icws/connection/features. */
export function serverInfo(baseUrl: string, contractPath: string): Promise<ContractResponse> {
  return exchange(baseUrl, {
    contract: icwsContract,
    contractName: CONTRACT_NAME,
    contractPath,
    method: 'GET',
    headers: { accept: ICWS_MEDIA_TYPE },
  });
}

/** The session cookie(s) a connection response set, as a Cookie header. */
function cookieHeaderOf(response: ContractResponse): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .join('; ');
}

/** The contract path of an interaction action: its own path where the contract gives one. */
function actionPath(action: string): string {
  const own = `/icws/{sessionId}/interactions/{interactionId}/${action}`;
  return icwsContract.paths().includes(own) ? own : '/icws/{sessionId}/interactions/{interactionId}/{action}';
}

const validateMessages = icwsContract.response('get', MESSAGES_PATH, 200);

/** Throws unless the message is one the contract describes. */
function assertMessageContract(message: unknown): void {
  if (!validateMessages?.([message])) {
    throw new Error(
      `a message does not match the ICWS contract: ${JSON.stringify(validateMessages?.errors)}\nmessage: ${JSON.stringify(message)}`,
    );
  }
}

export class IcwsSession {
  /** Every message read so far, in order. */
  readonly received: IcwsMessage[] = [];
  /** How many of `received` a `next` has passed. */
  private consumed = 0;

  constructor(
    readonly baseUrl: string,
    readonly username: string,
    readonly sessionId: string,
    readonly csrfToken: string,
    readonly cookie: string,
  ) {}

  /** Opens a session for a demo agent (asserting the documented 201). */
  static async open(baseUrl: string, username: string): Promise<IcwsSession> {
    const response = await connect(baseUrl, username);
    const body = icwsBody(response, 201, 'ConnectionResponse');
    return new IcwsSession(baseUrl, username, body.sessionId, body.csrfToken, cookieHeaderOf(response));
  }

  /** Any session call: `contractPath` as written in the contract; `{sessionId}` and `params` filled in. */
  call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    contractPath: string,
    params: Record<string, string> = {},
    options: CallOptions = {},
  ): Promise<ContractResponse> {
    const urlPath = Object.entries({ sessionId: this.sessionId, ...params }).reduce(
      (path, [name, value]) => path.replace(`{${name}}`, encodeURIComponent(value)),
      contractPath,
    );
    const hasBody = options.body !== undefined || options.rawBody !== undefined;
    const headers = mergeHeaders(
      {
        accept: ICWS_MEDIA_TYPE,
        cookie: this.cookie,
        'ININ-ICWS-CSRF-Token': this.csrfToken,
        ...(hasBody ? { 'content-type': ICWS_MEDIA_TYPE } : {}),
      },
      options.headers,
    );
    return exchange(this.baseUrl, {
      contract: icwsContract,
      contractName: CONTRACT_NAME,
      contractPath,
      urlPath: `${urlPath}${options.query === undefined ? '' : `?${options.query}`}`,
      method,
      headers,
      ...(hasBody ? { body: options.rawBody ?? JSON.stringify(options.body) } : {}),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  }

  create(parameters: unknown, signal?: AbortSignal): Promise<ContractResponse> {
    return this.call(
      'POST',
      '/icws/{sessionId}/interactions',
      {},
      { body: parameters, ...(signal === undefined ? {} : { signal }) },
    );
  }

  /** Creates an interaction that must be created: its id. */
  async created(parameters: unknown): Promise<string> {
    return icwsBody(await this.create(parameters), 201, 'InteractionCreated').interactionId;
  }

  attributes(interactionId: string, select?: string): Promise<ContractResponse> {
    return this.call(
      'GET',
      '/icws/{sessionId}/interactions/{interactionId}',
      { interactionId },
      select === undefined ? {} : { query: `select=${select}` },
    );
  }

  /** The selected attributes of an interaction that must exist. */
  async attributesOf(interactionId: string, select: string): Promise<Record<string, string>> {
    return icwsBody(await this.attributes(interactionId, select), 200, 'InteractionAttributes').attributes;
  }

  setAttributes(interactionId: string, body: unknown): Promise<ContractResponse> {
    return this.call('POST', '/icws/{sessionId}/interactions/{interactionId}', { interactionId }, { body });
  }

  act(interactionId: string, action: string, body?: unknown, signal?: AbortSignal): Promise<ContractResponse> {
    return this.call(
      'POST',
      actionPath(action),
      { interactionId, action },
      { ...(body === undefined ? {} : { body }), ...(signal === undefined ? {} : { signal }) },
    );
  }

  /** The same session, reached through another gateway (sessions are the platform's, not a gateway's). */
  through(baseUrl: string): IcwsSession {
    return new IcwsSession(baseUrl, this.username, this.sessionId, this.csrfToken, this.cookie);
  }

  /** An action that must succeed. */
  async done(interactionId: string, action: string, body?: unknown): Promise<void> {
    const response = await this.act(interactionId, action, body);
    if (response.status < 200 || response.status > 299)
      throw new Error(`${action} answered ${response.status}: ${response.text}`);
  }

  /** `more`: the subscription's other parameters (queueResultLimit, attributeFilter), sent as given. */
  subscribe(
    subscriptionId: string,
    queueIds: QueueId[],
    attributeNames: string[],
    more: Record<string, unknown> = {},
  ): Promise<ContractResponse> {
    return this.call(
      'PUT',
      '/icws/{sessionId}/messaging/subscriptions/queues/{subscriptionId}',
      { subscriptionId },
      { body: { queueIds, attributeNames, ...more } },
    );
  }

  unsubscribe(subscriptionId: string): Promise<ContractResponse> {
    return this.call('DELETE', '/icws/{sessionId}/messaging/subscriptions/queues/{subscriptionId}', { subscriptionId });
  }

  /** Starts (or replaces) a watch of one interaction; `attributeNames` is sent as given, valid or not. */
  watch(interactionId: string, attributeNames: unknown): Promise<ContractResponse> {
    return this.call('PUT', WATCH_PATH, { interactionId }, { body: { attributeNames } });
  }

  unwatch(interactionId: string): Promise<ContractResponse> {
    return this.call('DELETE', WATCH_PATH, { interactionId });
  }

  /** One short poll: what was waiting (every message checked against the contract), also kept in `received`. */
  async poll(): Promise<IcwsMessage[]> {
    const response = await this.call('GET', MESSAGES_PATH);
    expectStatus(response, 200);
    const messages = response.body as IcwsMessage[];
    this.received.push(...messages);
    return messages;
  }

  /** Polls until a message not yet passed satisfies the predicate; passes it (and those before it). */
  async next(predicate: (message: IcwsMessage) => boolean, what = 'an ICWS message'): Promise<IcwsMessage> {
    return pollUntil(
      async () => {
        const index = this.received.findIndex((message, i) => i >= this.consumed && predicate(message));
        if (index >= 0) {
          this.consumed = index + 1;
          return this.received[index];
        }
        await this.poll();
        return undefined;
      },
      { timeoutMs: MESSAGE_WAIT_MS, intervalMs: 100, what },
    );
  }

  /** The next queue contents message of a subscription. */
  contents(subscriptionId: string, predicate: (message: IcwsMessage) => boolean = () => true): Promise<IcwsMessage> {
    return this.next(
      (message) => message.__type === QUEUE_CONTENTS && message.subscriptionId === subscriptionId && predicate(message),
      `queue contents of ${subscriptionId}`,
    );
  }

  /** The next message of the watch of an interaction: a change, or (`type`) its end. */
  watched(
    interactionId: string,
    type: typeof INTERACTION_CHANGED | typeof INTERACTION_DEALLOCATED = INTERACTION_CHANGED,
  ): Promise<IcwsMessage> {
    return this.next(
      (message) => message.__type === type && message.interactionID === interactionId,
      `${type} of ${interactionId}`,
    );
  }

  /** Opens the messages as server-sent events; each message is checked against the contract as it arrives. */
  async stream(signal: AbortSignal): Promise<MessageStream> {
    const response = await fetch(`${this.baseUrl}/icws/${this.sessionId}/messaging/messages`, {
      headers: { accept: 'text/event-stream', cookie: this.cookie, 'ININ-ICWS-CSRF-Token': this.csrfToken },
      signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    if (!response.body) throw new Error('the event stream has no body');
    return new MessageStream(response.body);
  }

  end(): Promise<ContractResponse> {
    return this.call('DELETE', '/icws/{sessionId}/connection');
  }
}

/** Server-sent events read as ICWS messages: every event's data is one JSON message. */
export class MessageStream {
  readonly received: IcwsMessage[] = [];
  private readonly events: ServerSentEventReader;

  constructor(body: ReadableStream<Uint8Array>) {
    this.events = new ServerSentEventReader(body);
  }

  /** Reads until a received message satisfies the predicate (the signal given to `stream` bounds the wait). */
  async until(predicate: (message: IcwsMessage) => boolean): Promise<IcwsMessage> {
    for (;;) {
      const found = this.received.find(predicate);
      if (found) return found;
      const event = await this.events.nextEvent();
      if (event === 'end') throw new Error('the event stream ended');
      assertMessageContract(event.message);
      this.received.push(event.message as IcwsMessage);
    }
  }

  async close(): Promise<void> {
    await this.events.cancel().catch(() => undefined);
  }
}
