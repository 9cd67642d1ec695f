import { describe, expect, it } from '@jest/globals';
import type { InteractionStateMessage } from '@switchboard/contracts';
import { interactionStateMessage } from '@switchboard/gws-dialect';
import { snapshotOf } from '../testing/interaction-snapshot.js';
import { ME_INTERACTIONS, SessionDelivery, type DeliverySession } from './session-delivery.js';

class RecordingSession implements DeliverySession {
  readonly delivered: { channel: string; message: InteractionStateMessage }[] = [];

  deliver(_sender: unknown, channel: string, message: InteractionStateMessage): void {
    this.delivered.push({ channel, message });
  }
}

/** A read that answers when told to, standing for the NATS round trip. */
function pendingRead(): {
  read: () => Promise<InteractionStateMessage[]>;
  answer: (messages: InteractionStateMessage[]) => void;
} {
  let answer: (messages: InteractionStateMessage[]) => void = () => undefined;
  const answered = new Promise<InteractionStateMessage[]>((resolve) => {
    answer = resolve;
  });
  // The executor ran already: `answer` is the promise's resolve.
  return { read: () => answered, answer };
}

describe('SessionDelivery', () => {
  const live = (id: string, state: InteractionStateMessage['state']): InteractionStateMessage =>
    interactionStateMessage(`evt-${id}-${state}`, snapshotOf(id), state);

  it('delivers the snapshot after the live notifications that came while it was read, minus their interactions', async () => {
    const delivery = new SessionDelivery();
    const session = new RecordingSession();
    const { read, answer } = pendingRead();
    const snapshot = delivery.snapshot(session, read);
    // Interaction 1 completed while the read was in flight: the read may predate it and show it Processing.
    delivery.live(session, { channel: ME_INTERACTIONS, message: live('1', 'Completed') });
    answer([live('1', 'Processing'), live('2', 'Invited')].map((m) => ({ ...m, eventId: `snapshot-${m.id}` })));
    expect(await snapshot).toEqual({ delivered: 1, skipped: 1 });
    expect(session.delivered.map(({ channel, message }) => [channel, message.id, message.state])).toEqual([
      ['/v2/me/interactions', '1', 'Completed'],
      ['/v2/me/interactions', '2', 'Invited'],
    ]);
  });

  it('keeps each session’s reads apart, and forgets a read once it is answered', async () => {
    const delivery = new SessionDelivery();
    const reading = new RecordingSession();
    const other = new RecordingSession();
    const { read, answer } = pendingRead();
    const snapshot = delivery.snapshot(reading, read);
    delivery.live(other, { channel: ME_INTERACTIONS, message: live('1', 'Completed') });
    answer([live('1', 'Processing')]);
    expect(await snapshot).toEqual({ delivered: 1, skipped: 0 });
    // Later live notifications are simply delivered, and a later snapshot is not affected by earlier ones.
    delivery.live(reading, { channel: ME_INTERACTIONS, message: live('1', 'Completed') });
    expect(await delivery.snapshot(reading, () => Promise.resolve([live('3', 'Invited')]))).toEqual({
      delivered: 1,
      skipped: 0,
    });
    expect(reading.delivered.map(({ message }) => [message.id, message.state])).toEqual([
      ['1', 'Processing'],
      ['1', 'Completed'],
      ['3', 'Invited'],
    ]);
  });

  it('delivers nothing of a read that failed, and keeps delivering live', async () => {
    const delivery = new SessionDelivery();
    const session = new RecordingSession();
    await expect(delivery.snapshot(session, () => Promise.reject(new Error('no responders')))).rejects.toThrow(
      'no responders',
    );
    delivery.live(session, { channel: ME_INTERACTIONS, message: live('1', 'Invited') });
    expect(session.delivered.map(({ message }) => message.id)).toEqual(['1']);
  });

  it('reports every message it puts into a session as queued, live or from a snapshot', async () => {
    const queued: number[] = [];
    const delivery = new SessionDelivery({ queued: (count) => queued.push(count) });
    const session = new RecordingSession();
    delivery.live(session, { channel: ME_INTERACTIONS, message: live('1', 'Invited') });
    expect(
      await delivery.snapshot(session, () => Promise.resolve([live('2', 'Invited'), live('3', 'Processing')])),
    ).toEqual({ delivered: 2, skipped: 0 });
    expect(queued.reduce((sum, count) => sum + count, 0)).toBe(session.delivered.length);
    expect(session.delivered).toHaveLength(3);
  });
});
