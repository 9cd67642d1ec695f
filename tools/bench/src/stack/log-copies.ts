/**
 * A long event log made of copies of a short real one: the events a real workload stored (agents signing in,
 * interactions dispatched, offered, accepted, completed, agents signing out), repeated with fresh event ids,
 * renumbered interactions and times moved so that the copies follow one another. A block that starts and ends
 * with every agent signed out and every interaction finished folds, copy after copy, exactly as the original did:
 * the restart measurement replays facts the service could have written, at a size no real run here can write in
 * time. Works on the JSON text of each event, so the copies keep the original's shape and byte size.
 */

/** A place in an event's text that differs from copy to copy. */
type Slot = { kind: 'event-id' } | { kind: 'time'; ms: number } | { kind: 'interaction'; number: number };

export interface TemplateEvent {
  type: string;
  tenant: string;
  /** The text between the slots: one more piece than slots. */
  pieces: string[];
  slots: Slot[];
}

export interface LogTemplate {
  events: TemplateEvent[];
  /** The earliest and the latest `occurredAt` (an offer's lease may end later: it overlaps the next copy, as leases do). */
  firstMs: number;
  lastMs: number;
  /** The interaction numbers the block uses, lowest and highest. */
  lowestInteraction: number;
  highestInteraction: number;
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** Every JSON string value of the text (with its quotes). */
const STRING_VALUE = /"((?:[^"\\]|\\.)*)"/g;

interface ParsedEvent {
  id?: unknown;
  type?: unknown;
  tenant?: unknown;
  occurredAt?: unknown;
  data?: { interaction?: { id?: unknown } };
}

/** The event that brings an interaction into the tenant: a copy makes the interactions it queues, and no others. */
const QUEUED = 'interaction.queued';

const interactionOf = (event: ParsedEvent): string | undefined => {
  const id = event.data?.interaction?.id;
  return typeof id === 'string' && /^\d+$/.test(id) ? id : undefined;
};

/**
 * Compiles the JSON texts of a block of stored events into a template; every event must name its interaction by
 * number. The events of an interaction the block does not queue are left out: one queued before the block began
 * (an offer's timeout, a completion) would, copied, name an interaction no copy creates, and the service replaying
 * the copies would refuse it ("unknown interaction").
 */
export function compileTemplate(texts: readonly string[]): LogTemplate {
  const all = texts.map((text) => ({ text, event: JSON.parse(text) as ParsedEvent }));
  const interactions = new Set<string>();
  for (const { event } of all) {
    const id = interactionOf(event);
    if (id !== undefined && event.type === QUEUED) interactions.add(id);
  }
  const parsed = all.filter(({ event }) => {
    const id = interactionOf(event);
    return id === undefined || interactions.has(id);
  });
  let firstMs = Number.POSITIVE_INFINITY;
  let lastMs = Number.NEGATIVE_INFINITY;
  const events = parsed.map(({ text, event }): TemplateEvent => {
    if (
      typeof event.id !== 'string' ||
      typeof event.type !== 'string' ||
      typeof event.tenant !== 'string' ||
      typeof event.occurredAt !== 'string'
    ) {
      throw new Error(`not a domain event: ${text.slice(0, 120)}`);
    }
    firstMs = Math.min(firstMs, Date.parse(event.occurredAt));
    lastMs = Math.max(lastMs, Date.parse(event.occurredAt));
    const pieces: string[] = [];
    const slots: Slot[] = [];
    let from = 0;
    for (const match of text.matchAll(STRING_VALUE)) {
      const value = match[1] ?? '';
      let slot: Slot | undefined;
      if (value === event.id) slot = { kind: 'event-id' };
      else if (interactions.has(value)) slot = { kind: 'interaction', number: Number(value) };
      else if (ISO_TIME.test(value)) slot = { kind: 'time', ms: Date.parse(value) };
      if (slot === undefined) continue;
      const start = match.index + 1;
      pieces.push(text.slice(from, start));
      slots.push(slot);
      from = start + value.length;
    }
    pieces.push(text.slice(from));
    return { type: event.type, tenant: event.tenant, pieces, slots };
  });
  const numbers = [...interactions].map(Number);
  return {
    events,
    firstMs,
    lastMs,
    lowestInteraction: numbers.length === 0 ? 0 : Math.min(...numbers),
    highestInteraction: numbers.length === 0 ? 0 : Math.max(...numbers),
  };
}

export interface CopiedEvent {
  id: string;
  type: string;
  tenant: string;
  text: string;
}

export interface CopyOptions {
  /** Added to every time of the copy. */
  shiftMs: number;
  /** Added to every interaction number of the copy. */
  interactionOffset: number;
  /** A fresh, unique id for each event. */
  nextEventId: () => string;
}

/** One copy of the template's events. */
export function copyOf(template: LogTemplate, options: CopyOptions): CopiedEvent[] {
  return template.events.map((event) => {
    const id = options.nextEventId();
    let text = event.pieces[0] ?? '';
    event.slots.forEach((slot, index) => {
      switch (slot.kind) {
        case 'event-id':
          text += id;
          break;
        case 'time':
          text += new Date(slot.ms + options.shiftMs).toISOString();
          break;
        case 'interaction':
          text += String(slot.number + options.interactionOffset);
          break;
      }
      text += event.pieces[index + 1] ?? '';
    });
    return { id, type: event.type, tenant: event.tenant, text };
  });
}

/**
 * How to lay `copies` copies end to end so that the last one ends `gapMs` before `nowMs` and each starts `gapMs`
 * after the one before: the shift of copy `index` (0 the oldest), and the interaction offset that keeps its numbers
 * apart from every other copy's and above `reservedBelow` (the numbers the platform already used).
 */
export function layout(
  template: LogTemplate,
  copies: number,
  nowMs: number,
  gapMs: number,
  reservedBelow: number,
): (index: number) => Omit<CopyOptions, 'nextEventId'> {
  const span = template.lastMs - template.firstMs + gapMs;
  const numbers = template.highestInteraction - template.lowestInteraction + 1;
  const firstOffset = Math.max(0, reservedBelow - template.lowestInteraction + 1);
  return (index) => ({
    shiftMs: nowMs - gapMs - template.lastMs - (copies - 1 - index) * span,
    interactionOffset: firstOffset + index * numbers,
  });
}

/** Event ids shaped like the service's (a UUID), unique within `prefix`: 24 characters of it, then a 12-digit hex counter. */
export function eventIds(prefix: string): () => string {
  const head = prefix.slice(0, 24);
  let next = 0;
  return () => head + (next++).toString(16).padStart(12, '0');
}
