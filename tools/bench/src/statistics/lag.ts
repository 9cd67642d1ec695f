import type { CountedChange } from './recount.js';

export type CountedKind = CountedChange['kind'];
export const COUNTED_KINDS: readonly CountedKind[] = ['entered', 'offered', 'accepted', 'completed'];

/** One reading of the tenant's today figures, and when the benchmark received it (epoch ms). */
export interface Sample {
  receivedAt: number;
  counts: Record<CountedKind, number>;
}

export interface Lags {
  /** Per counted change seen: received − event time, in ms, by kind. */
  byKind: Record<CountedKind, number[]>;
  /** Changes already counted in the first sample (their update was not watched), and never seen counted. */
  before: number;
  unseen: number;
}

/**
 * When each change became visible: the API counts today's changes of a kind in log order, so the k-th change of a kind
 * (in log order) is visible from the first sample whose count of that kind is k or more. Its lag is that sample's
 * receipt time less the event's own time. `samples` in the order received, all of the same day as `changes`; changes
 * before `from` (epoch ms: a warm-up) are ranked but not timed.
 */
export function lagsOf(changes: readonly CountedChange[], samples: readonly Sample[], from = -Infinity): Lags {
  const lags: Lags = { byKind: { entered: [], offered: [], accepted: [], completed: [] }, before: 0, unseen: 0 };
  const first = samples[0];
  for (const kind of COUNTED_KINDS) {
    let next = 0;
    let rank = 0;
    for (const change of changes) {
      if (change.kind !== kind) continue;
      rank += 1;
      if (first !== undefined && rank <= first.counts[kind]) {
        lags.before += 1;
        continue;
      }
      while (next < samples.length && (samples[next]?.counts[kind] ?? 0) < rank) next += 1;
      const seen = samples[next];
      if (change.at < from) continue;
      if (seen === undefined) lags.unseen += 1;
      else lags.byKind[kind].push(seen.receivedAt - change.at);
    }
  }
  return lags;
}
