import { readFile } from 'node:fs/promises';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { EVENTS_STREAM } from '@switchboard/contracts';
import type { Platform } from '@switchboard/testing';

/**
 * The client URL of a nats-server from its command line (`-a host -p port`, as libs/nats-server starts it): the
 * launcher keeps its private server's URL to itself, but records its pid.
 */
export function natsUrlOfCommandLine(args: readonly string[]): string {
  const valueOf = (flag: string): string | undefined => {
    const index = args.indexOf(flag);
    return index < 0 ? undefined : args[index + 1];
  };
  const port = valueOf('-p') ?? valueOf('--port');
  if (port === undefined || !/^\d+$/.test(port))
    throw new Error(`no -p <port> on the nats-server command line: ${args.join(' ')}`);
  return `nats://${valueOf('-a') ?? valueOf('--addr') ?? '127.0.0.1'}:${port}`;
}

export interface EventLogSize {
  messages: number;
  bytes: number;
  lastSeq: number;
}

/** The platform's event log (SB_EVENTS), reached through its private nats-server. */
export class EventLog {
  private constructor(
    readonly connection: NatsConnection,
    private readonly manager: JetStreamManager,
  ) {}

  static async open(platform: Platform): Promise<EventLog> {
    const args = (await readFile(`/proc/${await platform.pidOf('nats-server')}/cmdline`, 'utf8'))
      .split('\0')
      .filter((arg) => arg !== '');
    const connection = await connect({ servers: natsUrlOfCommandLine(args), name: 'bench-stack' });
    return new EventLog(connection, await jetstreamManager(connection));
  }

  /** What the log holds right now, from JetStream's stream info. */
  async size(): Promise<EventLogSize> {
    const { state } = await this.manager.streams.info(EVENTS_STREAM);
    return { messages: state.messages, bytes: state.bytes, lastSeq: state.last_seq };
  }

  /** The stored events from `firstSeq` to `lastSeq` (each record's in order, none of a takeover's claim), as the JSON text of each. */
  async read(firstSeq: number, lastSeq: number): Promise<string[]> {
    if (lastSeq < firstSeq) return [];
    const consumer = await jetstream(this.connection).consumers.get(EVENTS_STREAM, { opt_start_seq: firstSeq });
    const texts: string[] = [];
    const messages = await consumer.consume();
    try {
      for await (const message of messages) {
        if (message.seq > lastSeq) break;
        texts.push(...eventTexts(message.string()));
        if (message.seq === lastSeq) break;
      }
    } finally {
      await messages.close();
    }
    return texts;
  }

  /** Every stream of the server, with its last message's time (ms; 0 when it holds none). */
  async streams(): Promise<{ name: string; messages: number; lastMs: number }[]> {
    const found: { name: string; messages: number; lastMs: number }[] = [];
    for await (const info of this.manager.streams.list()) {
      found.push({
        name: info.config.name,
        messages: info.state.messages,
        lastMs: info.state.messages > 0 ? Date.parse(info.state.last_ts) : 0,
      });
    }
    return found;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

/** The events of one stored message as JSON texts: a record's (contract: EventRecord), or the one event of an older message. */
function eventTexts(text: string): string[] {
  const value = JSON.parse(text) as { events?: unknown };
  return Array.isArray(value.events) ? value.events.map((event) => JSON.stringify(event)) : [text];
}
