// What a service connection writes in one turn of the event loop goes to nats-server in one socket write, on a real
// nats-server 2.9; nothing of it is lost or reordered, a close in the same turn included.
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { connectBus, type NatsConnection } from './nats-connection.js';

/** The socket a connection writes to (nats.js keeps it on its transport). */
const socketOf = (connection: NatsConnection): Socket =>
  (connection as unknown as { protocol: { transport: { socket: Socket } } }).protocol.transport.socket;

/** Counts the writes the socket hands the operating system from now on (one per `_write`, one per `_writev`). */
function countWrites(socket: Socket): { count: () => number } {
  let writes = 0;
  const writable = socket as unknown as { _write: (...args: unknown[]) => void; _writev: (...args: unknown[]) => void };
  const write = writable._write.bind(socket);
  const writev = writable._writev.bind(socket);
  writable._write = (...args) => {
    writes += 1;
    write(...args);
  };
  writable._writev = (...args) => {
    writes += 1;
    writev(...args);
  };
  return { count: () => writes };
}

/**
 * Runs each of `steps` in a callback of its own, as the I/O callbacks of one turn run (a microtask checkpoint after each,
 * which is when nats.js writes), and resolves at the end of that turn: immediates queued together run in the same check
 * phase, and one queued meanwhile (the transport's uncork) only after them.
 */
async function inOneTurn(steps: readonly (() => unknown)[]): Promise<void> {
  await Promise.all(
    steps.map(
      (step) =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            void step();
            resolve();
          }),
        ),
    ),
  );
  await new Promise((resolve) => setImmediate(resolve));
}

/** The texts of the next `count` messages on `subject`, once that many arrived (subscribed before it resolves). */
async function nextTexts(
  connection: NatsConnection,
  subject: string,
  count: number,
): Promise<{ texts: Promise<string[]> }> {
  const subscription = connection.subscribe(subject, { max: count });
  await connection.flush();
  const texts = (async () => {
    const received: string[] = [];
    for await (const message of subscription) received.push(message.string());
    return received;
  })();
  return { texts };
}

describe('a service connection (connectBus)', () => {
  let nats: NatsHarness;
  let receiver: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    receiver = await connectBus(nats.url, 'coalescing-receiver');
  });

  afterAll(async () => {
    await receiver.close();
    await nats.stop();
  });

  it('sends what ten I/O callbacks of one turn publish in one socket write, every message in order', async () => {
    const sender = await connectBus(nats.url, 'coalescing-sender');
    const received = await nextTexts(receiver, 'coalesce.turn', 10);
    const writes = countWrites(socketOf(sender));

    const texts = Array.from({ length: 10 }, (_, index) => `message ${String(index)}`);
    await inOneTurn(
      texts.map((text) => () => {
        sender.publish('coalesce.turn', text);
      }),
    );

    expect(writes.count()).toBe(1);
    expect(await received.texts).toEqual(texts);
    await sender.close();
  });

  it('sends what an earlier callback of the turn published when a later one closes the connection', async () => {
    const sender = await connectBus(nats.url, 'coalescing-closing');
    const received = await nextTexts(receiver, 'coalesce.close', 2);

    const publish = (text: string) => () => {
      sender.publish('coalesce.close', text);
    };
    await inOneTurn([publish('a'), publish('b'), () => sender.close()]);

    expect(await received.texts).toEqual(['a', 'b']);
  });
});
