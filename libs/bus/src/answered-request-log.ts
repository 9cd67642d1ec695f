import { busRequestChannels, type BusRequestMap } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';

/** The kind token of a request subject (`sb.v1.<kind>.…`): `cmd` changes something, `qry` only reads. */
const KIND_TOKEN_INDEX = 2;

export interface AnsweredRequestLine {
  level: 'info' | 'debug';
  fields: { channel: keyof BusRequestMap; tenant: string; outcome: string; durationMs: number };
}

/** How a reply says the request went: `ok`, or its failure's code. */
function outcomeOf(reply: unknown): string {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply) || reply.ok !== false) return 'ok';
  const error: unknown = 'error' in reply ? reply.error : undefined;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'failed';
}

/**
 * The line a service writes for a bus request it answered. Commands at info: each is something a client did, and this
 * line (stamped with the request id the gateway gave it) is how an operator follows it from the gateway's request line
 * into the service. Queries at debug: desktops and the notifier ask them all the time, and they change nothing.
 */
export function answeredRequestLine(
  channel: keyof BusRequestMap,
  tenant: string,
  reply: unknown,
  durationMs: number,
): AnsweredRequestLine {
  const kind = busRequestChannels[channel].subject.split('.')[KIND_TOKEN_INDEX];
  return {
    level: kind === 'cmd' ? 'info' : 'debug',
    fields: { channel, tenant, outcome: outcomeOf(reply), durationMs: Math.round(durationMs * 10) / 10 },
  };
}

export function logAnsweredRequest(
  logger: Logger,
  channel: keyof BusRequestMap,
  tenant: string,
  reply: unknown,
  durationMs: number,
): void {
  const { level, fields } = answeredRequestLine(channel, tenant, reply, durationMs);
  logger[level](fields, 'bus request answered');
}
