// An agent at a GWS desktop during a chaos run: it accepts every invitation and completes every interaction it works
// on, sending each operation through the gateways in turn, and keeps every notification with the CometD session it
// came in. Its operations are counted Jepsen style (ok / failed / unknown, an unknown one retried until it settles),
// and what it saw is checked the way the agent would notice: a notification twice, states out of order within a
// session, or a screen that does not match the platform once things are quiet.
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { InteractionStateMessage } from '@switchboard/contracts';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { ContractViolation, type AgentCredentials, type SwitchboardHttp } from './contract-http.js';

export type DesktopOperation = 'Accept' | 'Complete';

export interface OperationAttempt {
  interactionId: string;
  operation: DesktopOperation;
  via: string;
  sentAt: number;
  outcome: 'ok' | 'failed' | 'unknown';
  detail: string;
}

/** A notification and the session (1 = the first handshake) it was delivered in. */
interface Delivered {
  session: number;
  message: InteractionStateMessage;
}

type State = InteractionStateMessage['state'];

/** The states a live notification may follow within one session (the GWS contract's lifecycle). */
const NEXT_STATES: Record<State, readonly State[]> = {
  Invited: ['Processing', 'Revoked'],
  Processing: ['Completed', 'Held', 'InWorkbin', 'Revoked'],
  Held: ['Processing', 'Completed', 'Revoked'],
  InWorkbin: ['Invited', 'Processing'],
  Revoked: ['Invited'],
  Completed: [],
};
/** Gone from the agent's screen. */
const ENDED: readonly State[] = ['Completed', 'Revoked', 'InWorkbin'];

/** Before an unknown operation is sent again; the platform needs a moment to recover, and the agent clicks again. */
const RETRY_AFTER_MS = 250;
const OPERATION_DEADLINE_MS = 15_000;

export class DesktopWorker {
  readonly attempts: OperationAttempt[] = [];
  readonly delivered: Delivered[] = [];
  /** Answers the contract does not describe: they fail the run. */
  readonly defects: unknown[] = [];
  private readonly begun = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private sent = 0;
  private stopped = false;

  constructor(
    readonly desktop: GwsAgentClient,
    readonly credentials: AgentCredentials,
    private readonly through: readonly SwitchboardHttp[],
  ) {
    desktop.onNotification((message) => {
      this.delivered.push({ session: desktop.sessions.length, message });
      if (message.state === 'Invited') this.operate(message.id, 'Accept');
      else if (message.state === 'Processing') this.operate(message.id, 'Complete');
    });
  }

  /** Takes no new work; resolves once every operation under way has settled. */
  async stop(): Promise<void> {
    this.stopped = true;
    while (this.running.size > 0) await Promise.all(this.running);
  }

  count(outcome: OperationAttempt['outcome']): number {
    return this.attempts.filter((attempt) => attempt.outcome === outcome).length;
  }

  /** The interactions whose operation was acknowledged. */
  acknowledged(operation: DesktopOperation): string[] {
    return this.attempts.filter((a) => a.operation === operation && a.outcome === 'ok').map((a) => a.interactionId);
  }

  /**
   * A refusal is a defect unless an earlier attempt of the same operation was unknown (it may have been done: the
   * retry is refused because the interaction moved on).
   */
  unexplainedRefusals(): OperationAttempt[] {
    return this.attempts.filter(
      (attempt, index) =>
        attempt.outcome === 'failed' &&
        !this.attempts
          .slice(0, index)
          .some(
            (earlier) =>
              earlier.outcome === 'unknown' &&
              earlier.interactionId === attempt.interactionId &&
              earlier.operation === attempt.operation,
          ),
    );
  }

  /** Live notifications (not a subscribe snapshot) delivered more than once: each must come exactly once. */
  duplicates(): string[] {
    const live = this.delivered
      .map(({ message }) => message.eventId)
      .filter((eventId) => !eventId.startsWith('snapshot-'));
    return live.filter((eventId, index) => live.indexOf(eventId) !== index);
  }

  /** Live notifications that no lifecycle reaches from the interaction's previous state in the same session. */
  outOfOrder(): string[] {
    const wrong: string[] = [];
    const current = new Map<string, State>();
    let session = 0;
    for (const { session: of, message } of this.delivered) {
      if (of !== session) {
        session = of;
        current.clear();
      }
      const before = current.get(message.id);
      const fresh = message.eventId.startsWith('snapshot-') || before === undefined;
      const sameState = before === message.state && message.notificationType === 'PropertiesUpdated';
      if (!fresh && !sameState && !NEXT_STATES[before].includes(message.state)) {
        wrong.push(`${message.id}: ${before} → ${message.state} (session ${String(of)}, event ${message.eventId})`);
      }
      current.set(message.id, message.state);
    }
    return wrong;
  }

  /**
   * What the agent's screen shows: the interactions of the current session (its snapshot, then what came live), by
   * id → state, without those that ended.
   */
  screen(): Map<string, State> {
    const session = this.desktop.sessions.length;
    const shown = new Map<string, State>();
    for (const { session: of, message } of this.delivered) {
      if (of !== session) continue;
      if (ENDED.includes(message.state)) shown.delete(message.id);
      else shown.set(message.id, message.state);
    }
    return shown;
  }

  private operate(interactionId: string, operation: DesktopOperation): void {
    const key = `${operation} ${interactionId}`;
    if (this.stopped || this.begun.has(key)) return;
    this.begun.add(key);
    const run = this.settle(interactionId, operation).catch((error: unknown) => {
      this.defects.push(error);
    });
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  /** Sends the operation until it is acknowledged or refused, as an agent clicks again when nothing happened. */
  private async settle(interactionId: string, operation: DesktopOperation): Promise<void> {
    for (;;) {
      const attempt = await this.attempt(interactionId, operation);
      this.attempts.push(attempt);
      // once stopped, an unknown operation stays unknown: the run's ledger counts it so
      if (attempt.outcome !== 'unknown' || this.stopped) return;
      await delay(RETRY_AFTER_MS);
    }
  }

  private async attempt(interactionId: string, operation: DesktopOperation): Promise<OperationAttempt> {
    const http = this.through[this.sent % this.through.length];
    if (http === undefined) throw new Error('a desktop worker needs a gateway');
    this.sent += 1;
    const sentAt = performance.now();
    const outcome = (kind: OperationAttempt['outcome'], detail: string): OperationAttempt => ({
      interactionId,
      operation,
      via: http.baseUrl,
      sentAt,
      outcome: kind,
      detail,
    });
    try {
      const response = await http.operateOn(
        this.credentials,
        interactionId,
        { operationName: operation },
        AbortSignal.timeout(OPERATION_DEADLINE_MS),
      );
      if (response.status === 200 && (response.body as { statusCode?: number }).statusCode === 0)
        return outcome('ok', '');
      // a 5xx may or may not have been done (a 500 is also a defect: the run checks for them apart)
      if (response.status >= 500) return outcome('unknown', `${String(response.status)} ${response.text}`);
      return outcome('failed', `${String(response.status)} ${response.text}`);
    } catch (error) {
      // an answer the contract does not describe fails the run; a broken connection is an outage
      if (error instanceof ContractViolation) throw error;
      return outcome('unknown', error instanceof Error ? error.message : String(error));
    }
  }
}
