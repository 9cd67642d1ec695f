// A provider endpoint's view of its callbacks over time: when each notificationid was tried and when it was taken.
// It refuses the first attempt of every notification, so that retries are always under way — a crash of the
// notifier then always meets callbacks in flight.
import { performance } from 'node:perf_hooks';
import type { ProviderNotification } from '@switchboard/contracts';
import type { Answer } from './http-receiver.js';

export interface CallbackAttempt {
  notificationid: string;
  notification: ProviderNotification['notification'];
  objectid: string;
  /** performance.now() when it arrived. */
  at: number;
  answered: number;
}

export class CallbackLedger {
  readonly attempts: CallbackAttempt[] = [];

  /** The receiver's responder: 503 to the first attempt of a notificationid, 200 to every later one. */
  readonly respond = ({ body }: { body: ProviderNotification[] }): Answer => {
    const [first] = body;
    if (first === undefined) return { status: 400 };
    const answered = this.attempts.some((attempt) => attempt.notificationid === first.notificationid) ? 200 : 503;
    this.attempts.push({
      notificationid: first.notificationid,
      notification: first.notification,
      objectid: first.objectid,
      at: performance.now(),
      answered,
    });
    return { status: answered };
  };

  /** When the notification was first answered 200, if it was. */
  takenAt(notificationid: string): number | undefined {
    return this.attempts.find((attempt) => attempt.notificationid === notificationid && attempt.answered === 200)?.at;
  }

  /** The notifications tried before `at` but not yet taken by then: in flight at that moment. */
  inFlightAt(at: number): string[] {
    const tried = new Set(this.attempts.filter((attempt) => attempt.at < at).map((attempt) => attempt.notificationid));
    return [...tried].filter((id) => (this.takenAt(id) ?? Infinity) >= at);
  }

  /** The attempts answered 200, in arrival order: what the provider took. */
  taken(): CallbackAttempt[] {
    return this.attempts.filter((attempt) => attempt.answered === 200);
  }
}
