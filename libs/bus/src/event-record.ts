import {
  describeValidationErrors,
  eventChannelOfType,
  type BusValidator,
  type DomainEvent,
  type EventRecord,
} from '@switchboard/contracts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A record's bytes: the events are encoded once each (the size check measured them already) and joined, instead of
 * being stringified a second time inside the record.
 */
export function encodeRecord(writer: string, encodedEvents: readonly string[]): Uint8Array {
  return encoder.encode(`{"writer":${JSON.stringify(writer)},"events":[${encodedEvents.join(',')}]}`);
}

/** What the record envelope adds to its events' bytes, besides one comma between two events. */
export function recordOverheadBytes(writer: string): number {
  return encodeRecord(writer, []).byteLength;
}

const isRecord = (value: unknown): value is EventRecord =>
  typeof value === 'object' &&
  value !== null &&
  'events' in value &&
  Array.isArray(value.events) &&
  'writer' in value &&
  typeof value.writer === 'string';

/**
 * The events of one message of the log, in order — a record's (none for a takeover's fence), or the one event of a
 * message from before records and of a derived message — or why the message is not what the contract describes.
 */
export function decodeLogMessage(data: Uint8Array, validator: BusValidator): readonly DomainEvent[] | string {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(data));
  } catch {
    return 'not JSON';
  }
  if (!isRecord(value)) {
    const event = validEvent(value, validator);
    return typeof event === 'string' ? event : [event];
  }
  const events: DomainEvent[] = [];
  for (const [index, candidate] of value.events.entries()) {
    const event = validEvent(candidate, validator);
    if (typeof event === 'string') return `event ${String(index)} of the record: ${event}`;
    events.push(event);
  }
  return events;
}

/** The one event of a message, as `decodeLogMessage` reads it; for readers that take single events only. */
export function parseDomainEvent(data: Uint8Array, validator: BusValidator): DomainEvent | string {
  const events = decodeLogMessage(data, validator);
  if (typeof events === 'string') return events;
  return events.length === 1 && events[0]
    ? events[0]
    : `a record of ${String(events.length)} events where one event was expected`;
}

function validEvent(value: unknown, validator: BusValidator): DomainEvent | string {
  const type = (value as { type?: unknown } | null)?.type;
  const channel = typeof type === 'string' ? eventChannelOfType[type as DomainEvent['type']] : undefined;
  if (channel === undefined) return `unknown event type ${JSON.stringify(type)}`;
  const validate = validator.event(channel);
  return validate(value) ? value : describeValidationErrors(validate.errors);
}
