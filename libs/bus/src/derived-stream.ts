import { DiscardPolicy, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { DERIVED_STREAM, DERIVED_SUBJECTS } from '@switchboard/contracts';
import { ensureStream } from './stream-replicas.js';

/**
 * How long a derived message is kept. Its reader (the notifier) takes it within milliseconds; the stream only has to
 * bridge the reader's reconnects and a nats-server restart, which take seconds. Whatever it loses past that is made
 * good from the facts (a fresh snapshot), so a longer window would buy nothing but disk.
 */
export const DERIVED_MAX_AGE_MS = 5 * 60_000;
/** How long JetStream remembers a Nats-Msg-Id here: within the age, as JetStream requires. */
const DERIVED_DUPLICATE_WINDOW_MS = 60_000;

/**
 * Creates the stream of what is derived for one reader when it does not exist yet: beside the domain log, never
 * replayed, its oldest messages dropped once older than DERIVED_MAX_AGE_MS, so its disk is bounded by traffic × minutes.
 * File storage all the same: a reader's ordered consumer resumes at its next sequence after a nats-server restart,
 * which a stream emptied by the restart would no longer reach. Replicated as every stream is (streamReplicas).
 */
export async function ensureDerivedStream(connection: NatsConnection): Promise<void> {
  await ensureStream(connection, {
    name: DERIVED_STREAM,
    subjects: [DERIVED_SUBJECTS],
    storage: StorageType.File,
    max_age: nanos(DERIVED_MAX_AGE_MS),
    discard: DiscardPolicy.Old,
    duplicate_window: nanos(DERIVED_DUPLICATE_WINDOW_MS),
  });
}

/** The sequence of the newest derived message (0 while there is none): where a live reader starts. */
export async function lastDerivedSequence(connection: NatsConnection): Promise<number> {
  await ensureDerivedStream(connection);
  const manager = await jetstreamManager(connection);
  return (await manager.streams.info(DERIVED_STREAM)).state.last_seq;
}
