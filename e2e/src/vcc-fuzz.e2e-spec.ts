// 12,000 generated malformed or edge-case Invoke and Register bodies, sent over real HTTP: no 5xx, no hang (each
// request has a deadline), every response as the contract describes it, and no state change from a rejected
// request — nothing a refused Invoke named is in the system afterwards, and no refused Register left a provider.
// 2,000 of them are broken the way the other dialects' fuzzers break bodies: deep nesting, huge and unicode
// strings, truncated JSON, wrong content types.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { bodyOf, DEMO_ADMIN, type ContractResponse } from './support/contract-http.js';
import { bodyText, contentType, mutateObject, Rng } from './support/fuzz.js';
import { usePlatform } from './support/platform-suite.js';

const INVOKES = 7_000;
const REGISTERS = 3_000;
const HOSTILE = 2_000;
const PARALLEL = 16;
const REFUSED = new Set([400, 413, 415]);

const suite = usePlatform(() => ({ RATE_LIMIT_PER_MINUTE: '1000000' }));

/** Sometimes right, sometimes wrong: the value a field should have, or anything at all. */
const maybe = <T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });

const linkedData = fc.oneof(
  fc.record({ type: maybe(fc.constantFrom('clid', 'name', 'mediatype')), value: maybe(fc.string({ maxLength: 60 })) }),
  fc.record(
    { type: fc.constant('url'), label: maybe(fc.string()), value: maybe(fc.webUrl()) },
    { requiredKeys: ['type'] },
  ),
  fc.record({
    type: fc.constant('interactionproperty'),
    key: maybe(fc.string({ maxLength: 5 })),
    value: maybe(fc.string()),
  }),
  fc.anything({ maxDepth: 2 }),
);
const interaction = fc.record(
  {
    action: maybe(fc.constantFrom('dispatch', 'release', 'Release', 'park')),
    requestid: maybe(fc.string({ minLength: 1, maxLength: 8 })),
    externalid: maybe(fc.constant('EXTERNAL')),
    route: maybe(fc.constantFrom('CrmCallRouting', 'SendSMS', 'Route Interaction NR', 'Nowhere', '')),
    linkeddata: maybe(fc.array(linkedData, { maxLength: 3 })),
    routingdata: maybe(
      fc.record(
        {
          interactiontype: maybe(fc.constantFrom('live', 'chat', 'nonlive', 'video')),
          skills: maybe(
            fc.array(
              fc.record(
                {
                  name: maybe(fc.constantFrom('skillMandatory', 'skillexpiring', 'juggling')),
                  expiryafter: maybe(fc.integer({ min: -5, max: 2_678_405 })),
                },
                { requiredKeys: ['name'] },
              ),
              { maxLength: 3 },
            ),
          ),
          personalqueue: maybe(
            fc.record({
              agent: maybe(fc.constantFrom('AgentUsername', 'nobody')),
              loggedintimeout: maybe(fc.integer()),
              loggedouttimeout: maybe(fc.integer()),
            }),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    surprise: fc.anything({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);
const invocation = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        provider: maybe(fc.constantFrom('CrmIntegration', 'Unknown')),
        requests: maybe(fc.array(interaction, { maxLength: 4 })),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 2, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.string() },
);
const registration = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        provider: maybe(fc.constant('PROVIDER')),
        endpoint: maybe(fc.constantFrom('https://crm.example/cb', 'http://127.0.0.1:9/cb', 'ftp://x', 'no url')),
        headers: maybe(
          fc.dictionary(fc.constantFrom('Authorization', 'x-key'), maybe(fc.constantFrom('Basic abc', 'abc', ''))),
        ),
        agentactionspermitted: maybe(
          fc.dictionary(fc.constantFrom('release', 'hold', 'transferToAgent', 'park'), maybe(fc.constantFrom(0, 1, 2))),
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 2, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.string() },
);

/** Gives every externalid / provider placeholder a value of its own, so what a refused request named can be checked. */
function label(value: unknown, placeholder: string, prefix: string, names: string[]): unknown {
  if (value === placeholder) {
    const name = `${prefix}-${names.length}`;
    names.push(name);
    return name;
  }
  if (Array.isArray(value)) return value.map((item) => label(item, placeholder, prefix, names));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, label(inner, placeholder, prefix, names)]),
    );
  }
  return value;
}

interface Case {
  kind: 'invoke' | 'register';
  body: string;
  names: string[];
  /** application/json unless set; undefined sends none. */
  contentType?: string | undefined;
}

function cases(): Case[] {
  const generated: Case[] = [];
  let serial = 0;
  for (const [kind, arbitrary, count, placeholder] of [
    ['invoke', invocation, INVOKES, 'EXTERNAL'],
    ['register', registration, REGISTERS, 'PROVIDER'],
  ] as const) {
    for (const sample of fc.sample(arbitrary, { numRuns: count, seed: 20261121 })) {
      const names: string[] = [];
      const labelled = label(sample, placeholder, `fz${(serial += 1)}`, names);
      generated.push({ kind, body: typeof labelled === 'string' ? labelled : JSON.stringify(labelled), names });
    }
  }
  // Hostile: each one's placeholder named (so a refused one is checked like the others), then mutated and broken.
  const rng = new Rng(20261209);
  for (const sample of fc.sample(invocation, { numRuns: HOSTILE, seed: 20261209 })) {
    const names: string[] = [];
    const labelled = label(sample, 'EXTERNAL', `fz${(serial += 1)}`, names);
    const object =
      labelled && typeof labelled === 'object' && !Array.isArray(labelled)
        ? (labelled as Record<string, unknown>)
        : { requests: labelled };
    const body = bodyText(mutateObject(object, rng), rng);
    generated.push({
      kind: rng.chance(0.8) ? 'invoke' : 'register',
      body,
      names,
      contentType: contentType(rng, 'application/json'),
    });
  }
  // A few bodies over 100 KB: refused with 413 before anything reads them.
  for (let i = 0; i < 10; i += 1) {
    generated.push({
      kind: i % 2 === 0 ? 'invoke' : 'register',
      body: JSON.stringify({ requests: [{ route: 'x'.repeat(110_000) }] }),
      names: [],
    });
  }
  return generated;
}

/** Every request is aborted after 5 s: a hang fails the test, naming the body that caused it. */
async function send(item: Case): Promise<ContractResponse> {
  const type = 'contentType' in item ? item.contentType : 'application/json';
  const options = { rawBody: item.body, headers: { 'content-type': type }, signal: AbortSignal.timeout(5_000) };
  try {
    return await (item.kind === 'invoke'
      ? suite.http.invoke(undefined, options)
      : suite.http.register(undefined, options));
  } catch (error) {
    if (options.signal.aborted)
      throw new Error(`no answer within 5 s to ${item.kind} ${item.body.slice(0, 200)}`, { cause: error });
    throw error;
  }
}

describe('fuzzing Invoke and Register', () => {
  it('answers 12,000 generated bodies within the contract, never 5xx, and changes nothing for refused ones', async () => {
    const all = cases();
    expect(all.length).toBeGreaterThanOrEqual(12_000);
    const refusedNames = { invoke: [] as string[], register: [] as string[] };
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let item = all[next++]; item; item = all[next++]) {
        const response = await send(item);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500)
          throw new Error(`${response.status} for ${item.kind} ${item.body.slice(0, 300)}: ${response.text}`);
        if (REFUSED.has(response.status)) refusedNames[item.kind].push(...item.names);
        else expect(response.status).toBe(200);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    console.log(`VCC fuzz: ${all.length} requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(400)).toBeGreaterThan(0);

    // Nothing a refused Invoke named was created: releasing each finds no such interaction.
    for (let i = 0; i < refusedNames.invoke.length; i += 500) {
      const batch = refusedNames.invoke
        .slice(i, i + 500)
        .map((externalid) => ({ action: 'release' as const, externalid }));
      const results = await suite.http.invokeResults({ provider: 'CrmIntegration', requests: batch });
      for (const result of results)
        expect(result).toMatchObject({ outcome: 'rejected', error: { code: 'interaction_not_found' } });
    }
    // No refused Register left a provider behind.
    const token = await suite.http.tokenFor(DEMO_ADMIN);
    const providers = bodyOf(
      await suite.http.admin('GET', '/admin/providers', '/admin/providers', token),
      200,
      'Providers',
    ).providers;
    const left = new Set(providers.map((p) => p.provider));
    expect(refusedNames.register.filter((name) => left.has(name))).toEqual([]);
  }, 300_000);
});
