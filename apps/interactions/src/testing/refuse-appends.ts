import { DiscardPolicy, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@switchboard/bus';
import { EVENTS_STREAM } from '@switchboard/contracts';

/** Makes the event stream refuse every new event (discard new at its current size), or take them again. */
export async function refuseAppends(connection: NatsConnection, refuse: boolean): Promise<void> {
  const manager = await jetstreamManager(connection);
  const { config, state } = await manager.streams.info(EVENTS_STREAM);
  await manager.streams.update(EVENTS_STREAM, {
    ...config,
    discard: DiscardPolicy.New,
    max_msgs: refuse ? Math.max(1, state.messages) : -1,
  });
}
