// Jepsen-style bookkeeping for crash tests: a steady stream of VCC dispatches, each ending as one of
// - ok: answered 200 `dispatched` — acknowledged, so it must exist afterwards, exactly once;
// - failed: answered with a refusal that says it was not done;
// - unknown: a 503, a network error or no answer in time — it may or may not have been done. The VCC contract says such
//   a request may be retried with the same `requestid`: the retry settles it, and must never make a second interaction
//   of one that was done.
import { performance } from 'node:perf_hooks';
import { expect } from '@jest/globals';
import {
  agent,
  bodyOf,
  ContractViolation,
  type GwsSchemas,
  type InteractionResult,
  type Invocation,
  type SwitchboardHttp,
} from './contract-http.js';
import type { PlatformSuite } from './platform-suite.js';

/** A request unanswered this long is unknown; the gateway's own bus timeout is 5 s. */
const REQUEST_DEADLINE_MS = 15_000;

export type Outcome =
  { kind: 'ok'; interactionid: string } | { kind: 'failed'; detail: string } | { kind: 'unknown'; detail: string };

export interface Attempt {
  /** The gateway it was sent to (its base URL). */
  via: string;
  requestid: string;
  externalid: string;
  sentAt: number;
  answeredAt: number;
  outcome: Outcome;
}

/** The demo tenant's CRM provider: the default client of a dispatch load. */
const CRM_PROVIDER = 'CrmIntegration';

const dispatchOf = (requestid: string, externalid: string, provider = CRM_PROVIDER): Invocation => ({
  provider,
  requests: [
    { action: 'dispatch', requestid, externalid, route: 'CrmCallRouting', routingdata: { interactiontype: 'nonlive' } },
  ],
});

/** Sends one dispatch and says what became of it, as a client that cannot see inside would. */
async function attempt(
  http: SwitchboardHttp,
  provider: string,
  requestid: string,
  externalid: string,
): Promise<Attempt> {
  const sentAt = performance.now();
  let outcome: Outcome;
  try {
    const response = await http.invoke(dispatchOf(requestid, externalid, provider), {
      signal: AbortSignal.timeout(REQUEST_DEADLINE_MS),
    });
    if (response.status === 200) {
      const [result] = bodyOf(response, 200, 'InvokeResponse').results;
      outcome =
        result?.outcome === 'dispatched' && result.interactionid !== undefined
          ? { kind: 'ok', interactionid: result.interactionid }
          : { kind: 'failed', detail: JSON.stringify(result) };
    } else if (response.status === 503) {
      // unavailable, retry: a timeout, no responders, or the log did not confirm the events (never a 500)
      outcome = { kind: 'unknown', detail: `${String(response.status)} ${response.text}` };
    } else {
      outcome = { kind: 'failed', detail: `${response.status} ${response.text}` };
    }
  } catch (error) {
    // an answer the contract does not describe is a defect, not an outage: it fails the test
    if (error instanceof ContractViolation) throw error;
    outcome = { kind: 'unknown', detail: error instanceof Error ? error.message : String(error) };
  }
  return { via: http.baseUrl, requestid, externalid, sentAt, answeredAt: performance.now(), outcome };
}

export interface DispatchLoadOptions {
  /** The gateways to send to, in turn (default: the suite's first). */
  through?: readonly SwitchboardHttp[];
  /** The provider dispatching (default CrmIntegration). */
  provider?: string;
}

/**
 * Dispatches at a steady rate until stopped, through each gateway in turn; every attempt is kept. External ids are
 * `<prefix>-<n>`.
 */
export class DispatchLoad {
  readonly attempts: Attempt[] = [];
  readonly defects: unknown[] = [];
  private readonly running = new Set<Promise<void>>();
  private sent = 0;
  private readonly timer: NodeJS.Timeout;
  readonly provider: string;

  constructor(
    suite: PlatformSuite,
    readonly prefix: string,
    everyMs: number,
    options: DispatchLoadOptions = {},
  ) {
    const through = options.through ?? [suite.http];
    this.provider = options.provider ?? CRM_PROVIDER;
    this.timer = setInterval(() => {
      this.sent += 1;
      const n = this.sent;
      const http = through[n % through.length] ?? suite.http;
      const run = attempt(http, this.provider, `${prefix.toLowerCase()}-${n}`, `${prefix}-${n}`).then(
        (done) => {
          this.attempts.push(done);
        },
        (error: unknown) => {
          this.defects.push(error);
        },
      );
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }, everyMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.running);
  }

  count(kind: Outcome['kind']): number {
    return this.attempts.filter((a) => a.outcome.kind === kind).length;
  }

  /** The first acknowledged dispatch sent after `at` (through the gateway `via` when given). */
  firstOkSentAfter(at: number, via?: string): Attempt | undefined {
    return this.attempts
      .filter((a) => a.outcome.kind === 'ok' && a.sentAt > at && (via === undefined || a.via === via))
      .sort((a, b) => a.answeredAt - b.answeredAt)[0];
  }

  oksSentAfter(at: number): number {
    return this.attempts.filter((a) => a.outcome.kind === 'ok' && a.sentAt > at).length;
  }
}

/** The supervisor's list of active interactions, every page of it. */
export async function everyActiveInteraction(suite: PlatformSuite): Promise<GwsSchemas['Interaction'][]> {
  const all: GwsSchemas['Interaction'][] = [];
  for (;;) {
    const response = await suite.http.gws(
      agent('sam'),
      'GET',
      '/api/v2/interactions',
      `/api/v2/interactions?offset=${all.length}&limit=1000`,
    );
    const page = bodyOf(response, 200, 'StatusResponse') as unknown as {
      interactions: GwsSchemas['Interaction'][];
      totalCount: number;
    };
    all.push(...page.interactions);
    if (page.interactions.length === 0 || all.length >= page.totalCount) return all;
  }
}

/**
 * Every request again, with its requestid: the acknowledged ones must be duplicates of what they were; the unknown ones
 * are settled (done then — a duplicate — or done now, once). Then what the platform holds: each dispatch exactly once,
 * under the interaction id its requestid answers with. Resolves with how many unknown ones had been done.
 */
export async function expectEachDispatchOnce(
  suite: PlatformSuite,
  load: DispatchLoad,
  /** Every interaction the platform made (default: the active ones; a run whose agents complete them reads the log). */
  made: () => Promise<readonly { id: string; externalId?: string | undefined }[]> = () => everyActiveInteraction(suite),
): Promise<{ unknownDone: number }> {
  const settled = new Map<string, InteractionResult | undefined>();
  for (const { requestid, externalid } of load.attempts) {
    const [result] = await suite.http.invokeResults(dispatchOf(requestid, externalid, load.provider));
    settled.set(externalid, result);
  }
  for (const { externalid, outcome } of load.attempts.filter((a) => a.outcome.kind === 'ok')) {
    expect(settled.get(externalid)).toMatchObject({
      outcome: 'dispatched',
      duplicate: true,
      interactionid: outcome.kind === 'ok' ? outcome.interactionid : '',
    });
  }
  for (const { externalid } of load.attempts.filter((a) => a.outcome.kind === 'unknown')) {
    expect(settled.get(externalid)).toMatchObject({ outcome: 'dispatched', interactionid: expect.any(String) });
  }
  const ours = (await made()).filter((interaction) => interaction.externalId?.startsWith(`${load.prefix}-`));
  expect(ours).toHaveLength(load.attempts.length);
  for (const { externalid } of load.attempts) {
    const held = ours.filter((interaction) => interaction.externalId === externalid);
    expect({ externalid, ids: held.map((interaction) => interaction.id) }).toEqual({
      externalid,
      ids: [settled.get(externalid)?.interactionid],
    });
  }
  return {
    unknownDone: load.attempts.filter(
      (a) => a.outcome.kind === 'unknown' && settled.get(a.externalid)?.duplicate === true,
    ).length,
  };
}
