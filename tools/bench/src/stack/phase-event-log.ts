import type { Platform } from '@switchboard/testing';
import { eventLogSize } from './event-log.js';
import type { Figures } from './figures.js';

/** What the runs left in the event log: events, and bytes per event as JetStream counts them. */
export async function measureEventLog(platform: Platform, figures: Figures): Promise<void> {
  const log = await eventLogSize(await platform.pidOf('nats-server'));
  const bytesPerEvent = log.bytes / Math.max(1, log.messages);
  console.log(`event log: ${log.messages} events, ${(log.bytes / 2 ** 20).toFixed(1)} MiB, ${bytesPerEvent.toFixed(0)} bytes per event`);
  figures.set('eventsInLog', log.messages);
  figures.set('diskBytesPerEvent', bytesPerEvent);
}
