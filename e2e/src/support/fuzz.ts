// Generated hostile requests for the fuzz suites: valid seed requests mutated (wrong types, huge and odd strings,
// deep nesting, missing and unknown fields, truncated JSON, wrong content types and credentials), sent over real
// HTTP with a deadline each, with the platform's tenant state read before and after.
import { expect } from '@jest/globals';
import { DEMO_PASSWORD } from './contract-http.js';

/** A small seeded generator (mulberry32): the same seed gives the same requests on every run. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
}

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00%ff',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '\ud800',
  '\udfff\ud800',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\u202eevil',
  'ǅǈǋ İı ß',
  '\r\n\r\nHTTP/1.1 200 OK',
  '1e309',
  '-0',
  '0x10',
];

/** A string a client should never send: odd characters, unicode, or sizes past every documented limit. */
export function oddString(rng: Rng): string {
  switch (rng.int(4)) {
    case 0:
      return rng.pick(ODD_STRINGS);
    case 1:
      return rng.pick(ODD_STRINGS).repeat(1 + rng.int(50));
    case 2:
      return 'x'.repeat(rng.pick([201, 2_001, 10_001, 60_000]));
    default:
      return String.fromCodePoint(
        ...Array.from({ length: 1 + rng.int(20) }, () => rng.int(0x2ffff)).filter((c) => c < 0xd800 || c > 0xdfff),
      );
  }
}

/** A JSON value nested 65–3,000 levels deep (past the 64-level limit). */
function deepValue(rng: Rng): unknown {
  let value: unknown = rng.pick([1, 'x', null, {}]);
  const depth = 65 + rng.int(2_935);
  for (let i = 0; i < depth; i += 1) value = rng.chance(0.5) ? [value] : { k: value };
  return value;
}

/** A value of the wrong type, or an odd one of the right type. */
export function oddValue(rng: Rng): unknown {
  switch (rng.int(9)) {
    case 0:
      return null;
    case 1:
      return rng.pick([true, false]);
    case 2:
      return rng.pick([0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, Number.MAX_SAFE_INTEGER]);
    case 3:
      return [];
    case 4:
      return {};
    case 5:
      return Array.from({ length: rng.int(5) }, () => oddString(rng));
    case 6:
      return deepValue(rng);
    case 7:
      return { [oddString(rng)]: oddString(rng) };
    default:
      return oddString(rng);
  }
}

/** A string as one path segment or query value: percent-encoded (lone surrogates cannot be), now and then raw. */
export function urlPart(value: string, rng: Rng): string {
  if (rng.chance(0.05)) return rng.pick(['%ff%00', '%', '..', '%2e%2e%2f', ';x=1']);
  return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd')) || 'x';
}

type Json = Record<string, unknown>;

/** One structural mutation of an object: a field replaced by an odd value, removed, added, or its name changed. */
export function mutateObject(value: Json, rng: Rng): Json {
  const copy: Json = { ...value };
  const keys = Object.keys(copy);
  const key = keys.length > 0 ? rng.pick(keys) : 'x';
  switch (rng.int(5)) {
    case 0:
    case 1:
      copy[key] = oddValue(rng);
      break;
    case 2:
      return Object.fromEntries(Object.entries(copy).filter(([name]) => name !== key));
    case 3:
      copy[rng.chance(0.5) ? oddString(rng).slice(0, 100) : `${key}Extra`] = oddValue(rng);
      break;
    default: {
      const renamed = rng.chance(0.5) ? key.toUpperCase() : `${key} `;
      return Object.fromEntries(Object.entries(copy).map(([name, inner]) => [name === key ? renamed : name, inner]));
    }
  }
  return copy;
}

/** The text of a body: JSON of the mutated value, or JSON broken on purpose. */
export function bodyText(value: unknown, rng: Rng): string {
  const text = (JSON.stringify(value) as string | undefined) ?? 'null';
  switch (rng.int(12)) {
    case 0:
      return text.slice(0, rng.int(text.length)); // truncated
    case 1:
      return rng.pick([
        '',
        '{',
        '[',
        'nul',
        '{"a":1,}',
        "{'a':1}",
        '{"a":1}{"b":2}',
        '\ufeff{}',
        '{"__proto__":{"x":1}}',
        'x'.repeat(101 * 1024),
      ]);
    case 2:
      return JSON.stringify(rng.pick([1, 'x', null, [], true, [value]]));
    default:
      return text;
  }
}

/** Content types a client should send, and ones it should not. */
export function contentType(rng: Rng, right: string): string | undefined {
  if (rng.chance(0.8)) return right;
  return rng.pick([
    undefined,
    'text/plain',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=latin1',
    'application/vnd.inin.icws+json',
    'application/vnd.newvoicemedia.v1+json',
    ';;;',
    'application/jsonx',
  ]);
}

export const basicAuth = (username: string, password: string = DEMO_PASSWORD): string =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/** Authorization headers that do not authenticate anyone. */
export function badAuthorization(rng: Rng): string | undefined {
  return rng.pick([
    undefined,
    basicAuth('AgentUsername', 'wrong'),
    basicAuth(oddString(rng).slice(0, 200), 'x'),
    'Basic',
    'Basic !!!',
    `Basic ${Buffer.from('no-colon').toString('base64')}`,
    'Bearer abc.def.ghi',
    'Digest x',
    'x'.repeat(8_000),
  ]);
}

export interface FuzzRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  headers: Record<string, string | undefined>;
  body?: string;
  /** Whether answering it with a success would change the tenant's state (every one generated must be refused). */
  mustBeRefused: boolean;
}

export interface FuzzOutcome {
  statuses: Map<number, number>;
  /** Requests that had to be refused and were not, with their answers. */
  accepted: string[];
}

const ANSWER_WITHIN_MS = 5_000;

const describeRequest = (request: FuzzRequest): string =>
  `${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(request.headers).slice(0, 300)} ${(request.body ?? '').slice(0, 300)}`;

/**
 * Sends every request, `parallel` at a time, each aborted after 5 s; fails on the first answer ≥ 500 or missing
 * answer, naming the request. `accepted(status, text)` tells a success of the dialect from a refusal.
 */
export async function sendAll(
  baseUrl: string,
  requests: readonly FuzzRequest[],
  parallel: number,
  accepted: (status: number, text: string) => boolean,
): Promise<FuzzOutcome> {
  const statuses = new Map<number, number>();
  const acceptedRequests: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let request = requests[next++]; request; request = requests[next++]) {
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
      );
      const signal = AbortSignal.timeout(ANSWER_WITHIN_MS);
      let status: number;
      let text: string;
      try {
        const response = await fetch(`${baseUrl}${request.path}`, {
          method: request.method,
          headers,
          ...(request.body === undefined ? {} : { body: request.body }),
          signal,
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        if (signal.aborted) throw new Error(`no answer within 5 s to ${describeRequest(request)}`, { cause: error });
        throw new Error(`the request failed (${String(error)}): ${describeRequest(request)}`, { cause: error });
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) throw new Error(`${status} for ${describeRequest(request)}: ${text.slice(0, 500)}`);
      if (request.mustBeRefused && accepted(status, text))
        acceptedRequests.push(`${describeRequest(request)} → ${status} ${text.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { statuses, accepted: acceptedRequests };
}

/** The tenant's state as agents and a supervisor see it: any change a refused request made shows here. */
export async function tenantState(baseUrl: string, agents: readonly string[]): Promise<string[]> {
  const read = async (path: string, username: string): Promise<string> => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: basicAuth(username) } });
    return `${path} ${username} ${response.status} ${await response.text()}`;
  };
  const state = [await read('/api/v2/interactions?limit=1000', 'sam')];
  for (const agent of agents) {
    for (const path of ['/api/v2/me', '/api/v2/me/interactions?fields=*', '/api/v2/me/workbins'])
      state.push(await read(path, agent));
  }
  return state;
}

/** The report every suite prints, and the assertions they share. */
export function expectNothingAccepted(dialect: string, total: number, outcome: FuzzOutcome): void {
  const counts = [...outcome.statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`);
  console.log(`${dialect} fuzz: ${total} requests; statuses ${counts.join(', ')}`);
  expect(outcome.accepted).toEqual([]);
  expect([...outcome.statuses.keys()].filter((status) => status >= 500)).toEqual([]);
}
