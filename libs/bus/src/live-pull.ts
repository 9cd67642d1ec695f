import type { ConsumeOptions } from '@nats-io/jetstream';

/**
 * How long-lived consumers pull. nats.js re-checks its consumer after a reconnect, and when JetStream is not
 * ready yet (a nats-server that just restarted is still recovering its streams) it waits a random time up to
 * `expires` before checking again: with the 30 s default, notifications and callbacks stopped for up to 30 s
 * after NATS came back. 2 s bounds that wait (and has missed heartbeats noticed within about 2 s), for one small
 * pull request per consumer every 2 s.
 */
export const LIVE_PULL: ConsumeOptions = { max_messages: 100, expires: 2_000 };
