import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { EVENTS_STREAM } from '@switchboard/contracts';
import { readFile } from 'node:fs/promises';

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
  if (port === undefined || !/^\d+$/.test(port)) throw new Error(`no -p <port> on the nats-server command line: ${args.join(' ')}`);
  return `nats://${valueOf('-a') ?? valueOf('--addr') ?? '127.0.0.1'}:${port}`;
}

export interface EventLogSize {
  messages: number;
  bytes: number;
}

/** What the event log (SB_EVENTS) holds right now, from JetStream's stream info. */
export async function eventLogSize(natsServerPid: number): Promise<EventLogSize> {
  const args = (await readFile(`/proc/${natsServerPid}/cmdline`, 'utf8')).split('\0').filter((arg) => arg !== '');
  const connection = await connect({ servers: natsUrlOfCommandLine(args), name: 'bench-stack' });
  try {
    const { state } = await (await jetstreamManager(connection)).streams.info(EVENTS_STREAM);
    return { messages: state.messages, bytes: state.bytes };
  } finally {
    await connection.close();
  }
}
