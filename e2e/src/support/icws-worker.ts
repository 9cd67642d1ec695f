// An ICWS user placing calls during a chaos run, one after another: create the call, hold it, take it back, hang up —
// each request through the gateways in turn, counted Jepsen style (ok / failed / unknown). An unknown step is sent
// again; a create whose answer was lost is looked for (each call carries its own tag, ChaosCall = its number, which
// the GWS list shows as user data) and finished, as a user would find the call on the phone. The log then tells
// whether a create made two calls.
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { agent, ContractViolation, type SwitchboardHttp } from './contract-http.js';
import type { IcwsSession } from './icws-client.js';

const CALL = 'urn:inin.com:interactions:createCallParameters';
/** Before an unknown step is sent again. */
const RETRY_AFTER_MS = 250;
/** Between two requests: a person at a phone, not a flood (the gateway allows an ICWS user 1,200 a minute). */
const PACE_MS = 100;
const REQUEST_DEADLINE_MS = 15_000;

export type IcwsStep = 'create' | 'hold' | 'unhold' | 'disconnect';

export interface IcwsAttempt {
  target: string;
  step: IcwsStep;
  via: string;
  sentAt: number;
  outcome: 'ok' | 'failed' | 'unknown';
  detail: string;
}

type Answer = { status: number; text: string; body: unknown };

export class IcwsCallWorker {
  readonly attempts: IcwsAttempt[] = [];
  /** Every call placed (or tried), by target → the interaction id, once known. */
  readonly calls = new Map<string, string | undefined>();
  readonly defects: unknown[] = [];
  private sent = 0;
  private stopped = false;
  private readonly loop: Promise<void>;

  /** `sessions`: one ICWS session, reached through each gateway; `gws`: the gateways' GWS, to find a lost call. */
  constructor(
    private readonly sessions: readonly IcwsSession[],
    private readonly gws: readonly SwitchboardHttp[],
    private readonly prefix: string,
  ) {
    this.loop = this.run().catch((error: unknown) => {
      this.defects.push(error);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  count(outcome: IcwsAttempt['outcome']): number {
    return this.attempts.filter((attempt) => attempt.outcome === outcome).length;
  }

  /** The calls whose create was acknowledged (target → id). */
  acknowledgedCalls(): Map<string, string> {
    const acknowledged = new Map<string, string>();
    for (const attempt of this.attempts) {
      const id = this.calls.get(attempt.target);
      if (attempt.step === 'create' && attempt.outcome === 'ok' && id !== undefined)
        acknowledged.set(attempt.target, id);
    }
    return acknowledged;
  }

  /** The ids of the calls whose hang-up was acknowledged. */
  hungUp(): string[] {
    return this.attempts
      .filter((attempt) => attempt.step === 'disconnect' && attempt.outcome === 'ok')
      .map((attempt) => this.calls.get(attempt.target) ?? '');
  }

  /**
   * Refusals nothing explains: a step refused after an unknown attempt of it may have been done already; a create
   * refused after an unknown create met that call still on the line.
   */
  unexplainedRefusals(): IcwsAttempt[] {
    return this.attempts.filter(
      (attempt, index) =>
        attempt.outcome === 'failed' &&
        !this.attempts
          .slice(0, index)
          .some(
            (earlier) =>
              earlier.outcome === 'unknown' &&
              earlier.step === attempt.step &&
              (earlier.target === attempt.target || attempt.step === 'create'),
          ),
    );
  }

  private async run(): Promise<void> {
    for (let n = 1; !this.stopped; n += 1) {
      const target = `${this.prefix}${String(n).padStart(4, '0')}`;
      this.calls.set(target, undefined);
      const id = await this.create(target);
      if (id === undefined) continue;
      this.calls.set(target, id);
      await this.finish(target, id);
    }
  }

  /** The call's id: from the create's answer, or, when the answer was lost, from the agent's own list. */
  private async create(target: string): Promise<string | undefined> {
    const answer = await this.send(target, 'create', (session, signal) =>
      session.create(
        { __type: CALL, target, workgroup: 'CrmCallRouting', additionalAttributes: { ChaosCall: target } },
        signal,
      ),
    );
    if (answer?.status === 201) return (answer.body as { interactionId: string }).interactionId;
    // unknown or refused (e.g. a lost create's call is still on the line): finish whatever of ours is live, this one
    // too if it was made
    for (const [tag, id] of await this.liveCalls()) {
      this.calls.set(tag, id);
      await this.finish(tag, id);
    }
    return undefined;
  }

  /** Hold, take back, hang up; once stopped, no further step (the call may stay on the line). */
  private async finish(target: string, id: string): Promise<void> {
    const steps: [IcwsStep, (session: IcwsSession, signal: AbortSignal) => Promise<Answer>][] = [
      ['hold', (session, signal) => session.act(id, 'hold', { on: true }, signal)],
      ['unhold', (session, signal) => session.act(id, 'hold', { on: false }, signal)],
      ['disconnect', (session, signal) => session.act(id, 'disconnect', undefined, signal)],
    ];
    for (const [step, request] of steps) {
      if (this.stopped) return;
      await this.send(target, step, request);
    }
  }

  /**
   * Sends the step until it is acknowledged (resolves with the answer) or refused (undefined); an unknown step is
   * sent again — except a create, which is looked for instead.
   */
  private async send(
    target: string,
    step: IcwsStep,
    request: (session: IcwsSession, signal: AbortSignal) => Promise<Answer>,
  ): Promise<Answer | undefined> {
    for (;;) {
      await delay(PACE_MS);
      const session = this.sessions[this.sent % this.sessions.length];
      if (session === undefined) throw new Error('an ICWS worker needs a session');
      this.sent += 1;
      const sentAt = performance.now();
      let outcome: IcwsAttempt['outcome'];
      let answer: Answer | undefined;
      let detail = '';
      try {
        answer = await request(session, AbortSignal.timeout(REQUEST_DEADLINE_MS));
        // a 5xx may or may not have been done (a 500 is also a defect: the run checks for them apart)
        outcome = answer.status >= 200 && answer.status < 300 ? 'ok' : answer.status >= 500 ? 'unknown' : 'failed';
        detail = outcome === 'ok' ? '' : `${String(answer.status)} ${answer.text}`;
      } catch (error) {
        if (error instanceof ContractViolation) throw error;
        outcome = 'unknown';
        detail = error instanceof Error ? error.message : String(error);
      }
      this.attempts.push({ target, step, via: session.baseUrl, sentAt, outcome, detail });
      if (outcome === 'ok') return answer;
      // once stopped, an unknown step stays unknown: the run's ledger counts it so
      if (outcome === 'failed' || step === 'create' || this.stopped) return undefined;
      await delay(RETRY_AFTER_MS);
    }
  }

  /** The user's live calls placed by this worker (tag → id), from the GWS list, asked until a gateway answers. */
  private async liveCalls(): Promise<Map<string, string>> {
    const credentials = agent(this.sessions[0]?.username ?? '');
    for (let asked = 0; !this.stopped; asked += 1) {
      const http = this.gws[asked % this.gws.length];
      const listed = await http?.myInteractions(credentials, '*').catch(() => undefined);
      if (listed?.status === 200) {
        const { interactions } = listed.body as { interactions: { id: string; userData: Record<string, unknown> }[] };
        return new Map(
          interactions.flatMap(({ id, userData }) =>
            typeof userData.ChaosCall === 'string' && userData.ChaosCall.startsWith(this.prefix)
              ? [[userData.ChaosCall, id]]
              : [],
          ),
        );
      }
      await delay(RETRY_AFTER_MS);
    }
    return new Map();
  }
}
