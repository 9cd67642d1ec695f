import type { EventLog } from './event-log.js';
import type { Figures } from './figures.js';

/**
 * What the loads left in the event log (mostly interactions queued, none finished): events, and bytes per event as
 * JetStream counts them. The restart phase measures the bytes per event of a log of finished interactions.
 */
export async function measureEventLog(log: EventLog, figures: Figures): Promise<void> {
  const size = await log.size();
  const bytesPerEvent = size.bytes / Math.max(1, size.messages);
  console.log(
    `event log after the loads: ${size.messages} messages (records of a group-committed batch of events each), ${(size.bytes / 2 ** 20).toFixed(1)} MiB, ${bytesPerEvent.toFixed(0)} bytes per message`,
  );
  figures.set('messagesInLogAfterLoads', size.messages);
  figures.set('diskBytesPerEventAfterLoads', bytesPerEvent);
}
