// ICWS server-sent events resumed with Last-Event-ID (issue 15, point 3), through the gateway: an EventSource that
// reconnects sends the id of the last event it saw, and is sent exactly what it missed, without the full resync
// (isDelta:false snapshots) a reconnect costs otherwise; an id the notifier does not hold gets that full resync.
import { describe, expect, it } from '@jest/globals';
import { ServerSentEventReader } from '@switchboard/testing';
import { IcwsSession, QUEUE_CONTENTS, QUEUE_TYPE, type IcwsMessage } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 40_000;
const STREAM_TIMEOUT_MS = 20_000;
const suite = usePlatform();
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);

const CALL = 'urn:inin.com:interactions:createCallParameters';
const userQueue = (username: string) => ({ queueType: QUEUE_TYPE.user, queueName: username });

interface StreamedMessage {
  id: string | undefined;
  message: IcwsMessage;
}

/**
 * An event stream as a browser's EventSource reads it: each event's id and JSON data, and on reconnecting the last
 * id seen sent back as Last-Event-ID (the `eventsource` package is no dependency here; the parser is the repo's).
 */
class EventStream {
  readonly received: StreamedMessage[] = [];
  private readonly abort = new AbortController();
  private events: ServerSentEventReader | undefined;

  constructor(
    private readonly session: IcwsSession,
    private readonly lastEventId?: string,
  ) {}

  async open(): Promise<this> {
    const response = await fetch(`${this.session.baseUrl}/icws/${this.session.sessionId}/messaging/messages`, {
      headers: {
        accept: 'text/event-stream',
        cookie: this.session.cookie,
        ...(this.lastEventId === undefined ? {} : { 'last-event-id': this.lastEventId }),
      },
      signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(STREAM_TIMEOUT_MS)]),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    if (!response.body) throw new Error('the event stream has no body');
    this.events = new ServerSentEventReader(response.body);
    return this;
  }

  /** Reads until a message satisfies the predicate; returns it. */
  async until(predicate: (message: IcwsMessage) => boolean): Promise<StreamedMessage> {
    for (;;) {
      const found = this.received.find(({ message }) => predicate(message));
      if (found) return found;
      const event = await this.events?.nextEvent();
      if (event === undefined || event === 'end') throw new Error('the event stream ended');
      this.received.push({ id: event.id, message: event.message as IcwsMessage });
    }
  }

  /** The connection drops, as a network failure would drop it. */
  async drop(): Promise<void> {
    this.abort.abort();
    await this.events?.cancel().catch(() => undefined);
  }
}

const changedTo =
  (interactionId: string, attributes: Record<string, string>) =>
  (message: IcwsMessage): boolean =>
    message.interactionsChanged?.some(
      (entry) =>
        entry.interactionId === interactionId &&
        Object.entries(attributes).every(([k, v]) => entry.attributes[k] === v),
    ) ?? false;

describe('ICWS server-sent events resumed with Last-Event-ID', () => {
  it(
    'sends a reconnecting client exactly the messages it missed, in order, with no isDelta:false resync',
    async () => {
      const alice = await open('alice');
      const first = await new EventStream(alice).open();
      expect((await alice.subscribe('resume', [userQueue('alice')], ['Eic_State', 'Eic_Muted'])).status).toBe(200);
      await first.until((message) => message.subscriptionId === 'resume' && !message.isDelta);
      const id = await alice.created({ __type: CALL, target: '+441632960040' });
      await alice.done(id, 'mute', { on: true });
      const lastSeen = await first.until(changedTo(id, { Eic_Muted: '1' }));
      expect(lastSeen.id).toMatch(/\S/);
      await first.drop();

      // what changes while the client is away
      await alice.done(id, 'mute', { on: false });
      await alice.done(id, 'hold', { on: true });

      const again = await new EventStream(alice, lastSeen.id).open();
      await again.until(changedTo(id, { Eic_State: 'H' }));
      // a resync asked for at the reconnect would have come by now: the next change is the next message
      await alice.done(id, 'hold', { on: false });
      await again.until(changedTo(id, { Eic_State: 'C' }));
      expect(again.received.map(({ message }) => message)).toEqual([
        {
          __type: QUEUE_CONTENTS,
          isDelta: true,
          subscriptionId: 'resume',
          interactionsChanged: [{ interactionId: id, attributes: { Eic_Muted: '0' } }],
        },
        {
          __type: QUEUE_CONTENTS,
          isDelta: true,
          subscriptionId: 'resume',
          interactionsChanged: [{ interactionId: id, attributes: { Eic_State: 'H' } }],
        },
        {
          __type: QUEUE_CONTENTS,
          isDelta: true,
          subscriptionId: 'resume',
          interactionsChanged: [{ interactionId: id, attributes: { Eic_State: 'C' } }],
        },
      ]);
      // the ids go on from the last one seen, each new
      const ids = [lastSeen, ...again.received].map((event) => event.id);
      expect(new Set(ids).size).toBe(ids.length);
      await again.drop();
      await alice.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers a Last-Event-ID it does not hold with a full resync: every subscription’s isDelta:false snapshot',
    async () => {
      const bob = await open('bob');
      const id = await bob.created({ __type: CALL, target: '+441632960041' });
      expect((await bob.subscribe('resync', [userQueue('bob')], ['Eic_State'])).status).toBe(200);
      // read by short polls until now, up to a change made after any snapshot: a first stream without
      // Last-Event-ID would be sent nothing more
      await bob.contents('resync');
      await bob.done(id, 'hold', { on: true });
      await bob.contents('resync', (message) => message.isDelta && (message.interactionsChanged?.length ?? 0) > 0);

      for (const lastEventId of ['0123456789ab-7', 'not an id', 'f'.repeat(300)]) {
        const stream = await new EventStream(bob, lastEventId).open();
        const snapshot = await stream.until((message) => message.subscriptionId === 'resync' && !message.isDelta);
        expect(snapshot.message.interactionsAdded).toEqual([{ interactionId: id, attributes: { Eic_State: 'H' } }]);
        await stream.drop();
      }
      await bob.done(id, 'disconnect');
    },
    TEST_TIMEOUT_MS,
  );
});
