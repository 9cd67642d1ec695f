// HTTP against the running platform where every response is checked against the OpenAPI contracts: a status
// the contract does not describe, a body that is not JSON, or a body that does not match the status's schema
// fails the call with the ajv errors. Tests therefore only ever see contract-conforming responses.
import {
  adminDocument,
  gwsV2Document,
  isJsonMediaType,
  OpenApiValidator,
  vccInteractionsDocument,
  type AdminApi,
  type GwsApi,
  type VccApi,
} from '@switchboard/contracts';

export type VccSchemas = VccApi.components['schemas'];
export type AdminSchemas = AdminApi.components['schemas'];
export type GwsSchemas = GwsApi.components['schemas'];
export type Invocation = VccSchemas['Invocation'];
export type InvokeResponse = VccSchemas['InvokeResponse'];
export type InteractionResult = VccSchemas['InteractionResult'];
export type VccError = VccSchemas['VccError'];
export type TokenResponse = VccSchemas['TokenResponse'];
export type OAuthError = VccSchemas['OAuthError'];
export type StatusResponse = GwsSchemas['StatusResponse'];
export type MeResponse = GwsSchemas['MeResponse'];
export type MeOperationName = GwsSchemas['MeOperation']['operationName'];

/** The demo tenant's credentials (config/tenants/demo.yaml; plain values from the README). */
export const DEMO_CLIENT = {
  clientId: 'demo-integration',
  clientSecret: 'demo-integration-secret',
  scope: 'interactions:write',
} as const;
export const DEMO_PASSWORD = 'demo-password';
export const VCC_ACCEPT = 'application/vnd.newvoicemedia.v1+json';

/** Contract paths, exactly as written in the OpenAPI documents. */
export const INVOKE_PATH = '/interactions/Invoke';
export const TOKEN_PATH = '/Auth/connect/token';
export const ME_PATH = '/api/v2/me';

const vccContract = new OpenApiValidator(vccInteractionsDocument, 'vcc');
const adminContract = new OpenApiValidator(adminDocument, 'admin');
export const REGISTER_PATH = '/interactions/Register';
export const DEMO_ADMIN = { clientId: 'demo-admin', clientSecret: 'demo-admin-secret', scope: 'admin' } as const;
const gwsContract = new OpenApiValidator(gwsV2Document, 'gws');

export interface ContractResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body, already validated against the contract's schema for this status. */
  body: unknown;
  /** The body as received, for messages. */
  text: string;
}

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

export interface Exchange {
  contract: OpenApiValidator;
  contractName: string;
  /** The path as written in the contract. */
  contractPath: string;
  /** The path actually requested (may differ in case, e.g. /interactions/invoke). */
  urlPath?: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers: Record<string, string>;
  /** A string body makes fetch add `content-type: text/plain` when none is given; bytes add nothing. */
  body?: string | Uint8Array;
  /** Aborts the request (a deadline): the call then fails instead of hanging. */
  signal?: AbortSignal;
}

export async function exchange(baseUrl: string, call: Exchange): Promise<ContractResponse> {
  const urlPath = call.urlPath ?? call.contractPath;
  const response = await fetch(`${baseUrl}${urlPath}`, {
    method: call.method,
    headers: call.headers,
    ...(call.body === undefined ? {} : { body: call.body }),
    ...(call.signal === undefined ? {} : { signal: call.signal }),
  });
  const text = await response.text();
  const what = `${call.method} ${urlPath} → ${response.status}`;
  const validate = call.contract.response(call.method, call.contractPath, response.status);
  if (!validate && text === '' && call.contract.describes(call.method, call.contractPath, response.status)) {
    return { status: response.status, headers: response.headers, body: undefined, text }; // e.g. a 204, as described
  }
  if (!validate) {
    throw new ContractViolation(
      `${what}: the ${call.contractName} contract describes no JSON response ${response.status} for ` +
        `${call.method} ${call.contractPath}; body: ${text}`,
    );
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!isJsonMediaType(contentType)) {
    throw new ContractViolation(`${what}: content-type is ${JSON.stringify(contentType)}, not JSON; body: ${text}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ContractViolation(`${what}: the body is not JSON: ${text}`);
  }
  if (!validate(body)) {
    throw new ContractViolation(
      `${what}: the body does not match the ${call.contractName} contract: ${JSON.stringify(validate.errors, null, 2)}\nbody: ${text}`,
    );
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** The schemas responses are typed as, by name. */
export interface ResponseBodies {
  InvokeResponse: InvokeResponse;
  VccError: VccError;
  TokenResponse: TokenResponse;
  OAuthError: OAuthError;
  StatusResponse: StatusResponse;
  MeResponse: MeResponse;
  RegisterResponse: VccSchemas['RegisterResponse'];
  Provider: AdminSchemas['Provider'];
  Providers: { providers: AdminSchemas['Provider'][] };
  AdminError: AdminSchemas['Error'];
}

/**
 * The body of a response that must have the given status, typed as the named schema: the exchange already
 * validated it against the contract's schema for that status (name the one the contract gives).
 */
export function bodyOf<K extends keyof ResponseBodies>(
  response: ContractResponse,
  status: number,
  _schema: K,
): ResponseBodies[K] {
  if (response.status !== status) {
    throw new Error(`expected HTTP ${status} but got ${response.status}: ${response.text}`);
  }
  return response.body as ResponseBodies[K];
}

/** Defaults overridden by `overrides`, where an undefined override removes the header. */
export function mergeHeaders(
  defaults: Record<string, string | undefined>,
  overrides: Record<string, string | undefined> = {},
): Record<string, string> {
  return Object.fromEntries(
    Object.entries({ ...defaults, ...overrides }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

export type AgentCredentials = { username: string; password: string } | { cookie: string };

function agentHeaders(credentials: AgentCredentials | undefined): Record<string, string> {
  if (credentials === undefined) return {};
  if ('cookie' in credentials) return { cookie: credentials.cookie };
  return {
    authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
  };
}

/** A demo agent signing in with Basic credentials. */
export const agent = (username: string, password: string = DEMO_PASSWORD): AgentCredentials => ({ username, password });

export interface RequestOptions {
  /** Replaces or (with undefined) removes a default header (lowercase names: accept, authorization, content-type). */
  headers?: Record<string, string | undefined>;
  /** Sent as is instead of the encoded body, e.g. malformed JSON, or bytes to send no content-type at all. */
  rawBody?: string | Uint8Array;
  /** Aborts the request when it fires, e.g. AbortSignal.timeout(ms). */
  signal?: AbortSignal;
}

export interface InvokeOptions extends RequestOptions {
  /** The path to request instead of /interactions/Invoke, e.g. the lowercase spelling. */
  path?: string;
}

/** The platform's public API families: VCC token + Invoke, and GWS /api/v2/me. */
export class SwitchboardHttp {
  private token: string | undefined;

  constructor(readonly baseUrl: string) {}

  /** POST /Auth/connect/token, form-encoded with exactly these fields. */
  requestToken(form: Record<string, string>, options: RequestOptions = {}): Promise<ContractResponse> {
    return exchange(this.baseUrl, {
      contract: vccContract,
      contractName: 'VCC Interactions',
      contractPath: TOKEN_PATH,
      method: 'POST',
      headers: mergeHeaders({ 'content-type': 'application/x-www-form-urlencoded' }, options.headers),
      body: options.rawBody ?? new URLSearchParams(form).toString(),
    });
  }

  /** A bearer token for the demo integration client (fetched once per instance). */
  async accessToken(): Promise<string> {
    if (this.token === undefined) {
      const response = await this.requestToken({
        grant_type: 'client_credentials',
        client_id: DEMO_CLIENT.clientId,
        client_secret: DEMO_CLIENT.clientSecret,
        scope: DEMO_CLIENT.scope,
      });
      this.token = bodyOf(response, 200, 'TokenResponse').access_token;
    }
    return this.token;
  }

  /** POST /interactions/Invoke with the token, Accept v1 and JSON content type unless overridden. */
  invoke(body: unknown, options: InvokeOptions = {}): Promise<ContractResponse> {
    return this.vccPost(INVOKE_PATH, body, options);
  }

  /** POST /interactions/Register with the token, Accept v1 and JSON content type unless overridden. */
  register(body: unknown, options: InvokeOptions = {}): Promise<ContractResponse> {
    return this.vccPost(REGISTER_PATH, body, options);
  }

  private async vccPost(contractPath: string, body: unknown, options: InvokeOptions): Promise<ContractResponse> {
    const headers = mergeHeaders(
      {
        accept: VCC_ACCEPT,
        'content-type': 'application/json',
        // a test that sets (or removes) authorization itself must not also trigger a token request
        authorization: 'authorization' in (options.headers ?? {}) ? undefined : `Bearer ${await this.accessToken()}`,
      },
      options.headers,
    );
    return exchange(this.baseUrl, {
      contract: vccContract,
      contractName: 'VCC Interactions',
      contractPath,
      ...(options.path === undefined ? {} : { urlPath: options.path }),
      method: 'POST',
      headers,
      body: options.rawBody ?? JSON.stringify(body),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  }

  /** A token for any client of the demo tenant. */
  async tokenFor(client: { clientId: string; clientSecret: string; scope: string }): Promise<string> {
    const response = await this.requestToken({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      scope: client.scope,
    });
    return bodyOf(response, 200, 'TokenResponse').access_token;
  }

  /** The admin API, validated against contracts/openapi/admin.openapi.yaml. */
  admin(
    method: 'GET' | 'POST' | 'DELETE',
    urlPath: string,
    contractPath: string,
    token: string | undefined,
  ): Promise<ContractResponse> {
    return exchange(this.baseUrl, {
      contract: adminContract,
      contractName: 'admin',
      contractPath,
      urlPath,
      method,
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
  }

  /** An Invoke that must answer 200: its results. */
  async invokeResults(body: Invocation, options: InvokeOptions = {}): Promise<InteractionResult[]> {
    return bodyOf(await this.invoke(body, options), 200, 'InvokeResponse').results;
  }

  /** GET /api/v2/me. */
  getMe(credentials: AgentCredentials | undefined): Promise<ContractResponse> {
    return exchange(this.baseUrl, {
      contract: gwsContract,
      contractName: 'GWS v2',
      contractPath: ME_PATH,
      method: 'GET',
      headers: agentHeaders(credentials),
    });
  }

  /** POST /api/v2/me {operationName}. */
  operate(
    credentials: AgentCredentials | undefined,
    operationName: MeOperationName,
    options: RequestOptions = {},
  ): Promise<ContractResponse> {
    return exchange(this.baseUrl, {
      contract: gwsContract,
      contractName: 'GWS v2',
      contractPath: ME_PATH,
      method: 'POST',
      headers: mergeHeaders({ 'content-type': 'application/json', ...agentHeaders(credentials) }, options.headers),
      body: options.rawBody ?? JSON.stringify({ operationName }),
    });
  }

  /** GET /api/v2/me/interactions, as URIs or (fields=*) objects. */
  myInteractions(credentials: AgentCredentials, fields?: '*'): Promise<ContractResponse> {
    return exchange(this.baseUrl, {
      contract: gwsContract,
      contractName: 'GWS v2',
      contractPath: '/api/v2/me/interactions',
      urlPath: `/api/v2/me/interactions${fields === undefined ? '' : '?fields=*'}`,
      method: 'GET',
      headers: agentHeaders(credentials),
    });
  }

  /** GET /api/v2/interactions/{id}. */
  interaction(credentials: AgentCredentials, interactionId: string): Promise<ContractResponse> {
    return exchange(this.baseUrl, {
      contract: gwsContract,
      contractName: 'GWS v2',
      contractPath: '/api/v2/interactions/{id}',
      urlPath: `/api/v2/interactions/${encodeURIComponent(interactionId)}`,
      method: 'GET',
      headers: agentHeaders(credentials),
    });
  }

  /** POST /api/v2/me/channels/{channel}. */
  operateOnChannel(credentials: AgentCredentials, channel: string, body: unknown): Promise<ContractResponse> {
    return exchange(this.baseUrl, {
      contract: gwsContract,
      contractName: 'GWS v2',
      contractPath: '/api/v2/me/channels/{channel}',
      urlPath: `/api/v2/me/channels/${encodeURIComponent(channel)}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...agentHeaders(credentials) },
      body: JSON.stringify(body),
    });
  }

  /** POST /api/v2/me/interactions/{id} with the operation body as given (the signal bounds the wait, when given). */
  operateOn(
    credentials: AgentCredentials,
    interactionId: string,
    body: unknown,
    signal?: AbortSignal,
  ): Promise<ContractResponse> {
    return exchange(this.baseUrl, {
      contract: gwsContract,
      contractName: 'GWS v2',
      contractPath: '/api/v2/me/interactions/{id}',
      urlPath: `/api/v2/me/interactions/${encodeURIComponent(interactionId)}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...agentHeaders(credentials) },
      body: JSON.stringify(body),
      ...(signal === undefined ? {} : { signal }),
    });
  }

  /** Any GWS call: `contractPath` is the contract's path template, `urlPath` the URL requested. */
  gws(
    credentials: AgentCredentials | undefined,
    method: 'GET' | 'POST',
    contractPath: string,
    urlPath: string = contractPath,
    body?: unknown,
  ): Promise<ContractResponse> {
    return exchange(this.baseUrl, {
      contract: gwsContract,
      contractName: 'GWS v2',
      contractPath,
      urlPath,
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...agentHeaders(credentials) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  /** An operation that must answer 200: its GWS statusCode (0 = done). */
  async operateStatus(credentials: AgentCredentials, operationName: MeOperationName): Promise<StatusResponse> {
    return bodyOf(await this.operate(credentials, operationName), 200, 'StatusResponse');
  }

  /** The agent's user record from GET /api/v2/me (must answer 200). */
  async user(credentials: AgentCredentials): Promise<MeResponse['user']> {
    return bodyOf(await this.getMe(credentials), 200, 'MeResponse').user;
  }
}
