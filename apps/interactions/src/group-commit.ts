import type { DomainEvent } from '@switchboard/contracts';
import { runOutsideRequest } from '@switchboard/logging';
import type { Followed } from './write-path.js';

/** One command's events, decided and applied in memory, waiting to be stored. */
export interface CommandEvents {
  readonly domain: readonly DomainEvent[];
  readonly followed: readonly Followed[];
  readonly now: number;
  /** The tenant's holding in the log when the command was decided (EventStore.holding): its events are of that one. */
  readonly holding: number;
}

/**
 * Publishes pipelined, in order, refusing them all when the tenant's holding is no longer `holding`; resolves with each
 * event's stream sequence, or what its publish failed with.
 */
export type PublishAll = (events: readonly DomainEvent[], holding: number) => Promise<readonly (Error | number)[]>;

export interface GroupCommitHooks {
  /** A batch of the tenant's events is stored: `events` domain events, the last at stream sequence `lastSeq`. */
  stored(tenant: string, lastSeq: number, events: number): void;
  /** A batch's domain events were not all stored: memory is ahead of the log, the tenant must be rebuilt. */
  failed(tenant: string, error: Error): void;
  /** Domain events stored, but some of what a projection derived was not: the projection's own repair. */
  followedNotStored(tenant: string, followed: Followed, error: Error, now: number): void;
}

interface Waiting extends CommandEvents {
  readonly stored: () => void;
  readonly lost: (error: Error) => void;
}

interface TenantLine {
  waiting: Waiting[];
  flushing: Promise<void> | undefined;
}

/**
 * Group commit, per tenant: the first command's events are stored at once; the commands decided while that append is
 * in flight wait together and go as the next batch, one pipelined append with one wait for every ack. A command's
 * promise resolves only once its batch's domain events are all stored, so a reply is never sent for something not in
 * the log. When a batch fails, every command in it and every one waiting behind it (decided on top of it) is lost.
 */
export class GroupCommit {
  private readonly lines = new Map<string, TenantLine>();

  constructor(
    private readonly publish: PublishAll,
    private readonly hooks: GroupCommitHooks,
  ) {}

  /**
   * Resolves once the command's domain events are stored, and those of every command decided before it; rejects when
   * they may not be. A command with no events waits too: it read memory that may be ahead of the log.
   */
  add(tenant: string, command: CommandEvents): Promise<void> {
    // nothing to store and nothing ahead of it in flight: what it read of memory is what the log holds
    if (command.domain.length === 0 && command.followed.length === 0 && !this.lines.get(tenant)?.flushing)
      return Promise.resolve();
    const line = this.lines.get(tenant) ?? { waiting: [], flushing: undefined };
    this.lines.set(tenant, line);
    const done = new Promise<void>((stored, lost) => line.waiting.push({ ...command, stored, lost }));
    if (!line.flushing) {
      // a batch stores the commands of many requests: its lines (a failed append) are none of theirs
      line.flushing = runOutsideRequest(() => this.flush(tenant, line)).finally(() => {
        line.flushing = undefined;
        if (line.waiting.length === 0 && this.lines.get(tenant) === line) this.lines.delete(tenant);
      });
    }
    return done;
  }

  /** Whether some of the tenant's events are waiting or being stored: its memory is ahead of its log until they are. */
  busy(tenant: string): boolean {
    return this.lines.get(tenant)?.flushing !== undefined;
  }

  /** Resolves when nothing of the tenant is waiting or in flight: the log is settled for a rebuild. */
  async idle(tenant: string): Promise<void> {
    for (let line = this.lines.get(tenant); line?.flushing; line = this.lines.get(tenant)) await line.flushing;
  }

  private async flush(tenant: string, line: TenantLine): Promise<void> {
    while (line.waiting.length > 0) {
      // one holding per batch: commands decided before the tenant was claimed again are refused as a whole, and those
      // decided after go in a batch of their own
      const holding = line.waiting[0]?.holding;
      const end = line.waiting.findIndex((command) => command.holding !== holding);
      const batch = line.waiting.splice(0, end === -1 ? line.waiting.length : end);
      const failure = await this.store(tenant, batch);
      if (failure) {
        // stale before any of its commands hears it, so no later command is decided on the memory ahead of the log
        this.hooks.failed(tenant, failure);
        // whatever was decided on top of this batch is lost with it
        for (const command of [...batch, ...line.waiting.splice(0)]) command.lost(failure);
        return;
      }
      for (const command of batch) command.stored();
    }
  }

  /** Stores a batch; resolves with why its domain events may not all be stored, or undefined when they are. */
  private async store(tenant: string, batch: readonly Waiting[]): Promise<Error | undefined> {
    const events = batch.flatMap((command) => [
      ...command.domain,
      ...command.followed.flatMap((followed) => followed.events),
    ]);
    if (events.length === 0) return undefined;
    let outcomes: readonly (Error | number)[];
    try {
      outcomes = await this.publish(events, batch[0]?.holding ?? 0);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
    let at = 0;
    const next = (count: number): (Error | number)[] => outcomes.slice(at, (at += count));
    const followedFailures: [Followed, Error, number][] = [];
    // the domain log's position: what projections derived goes to a stream of its own, numbered apart
    let lastSeq = 0;
    let stored = 0;
    for (const command of batch) {
      const domain = next(command.domain.length);
      stored += domain.length;
      const domainFailure = domain.find((outcome) => outcome instanceof Error);
      if (domainFailure) return domainFailure;
      for (const seq of domain) if (typeof seq === 'number' && seq > lastSeq) lastSeq = seq;
      for (const followed of command.followed) {
        const failure = next(followed.events.length).find((outcome) => outcome instanceof Error);
        if (failure) followedFailures.push([followed, failure, command.now]);
      }
    }
    for (const [followed, error, now] of followedFailures) this.hooks.followedNotStored(tenant, followed, error, now);
    if (lastSeq > 0) this.hooks.stored(tenant, lastSeq, stored);
    return undefined;
  }
}
