import { performance } from 'node:perf_hooks';
import { DefaultDeserializer, DefaultSerializer } from 'node:v8';

/**
 * v8's serializer over a value too big to write in one go: a tenant of 300,000 waiting interactions takes seconds to
 * serialize, and a process that spends them in one call renews no lease and answers no other tenant meanwhile. Here
 * the plain objects are walked field by field and every Map, Set and Array is written element by element, with the
 * event loop given a turn whenever a slice of work has taken `sliceMs`. The caller keeps the value unchanged until the
 * promise settles (the tenant's turn is held), as it would across one serialize call.
 *
 * The bytes: v8's header, a head written as one v8 value (small: what says whether the rest can be read at all), then
 * the body, each part preceded by a tag saying how it was written. Elements of a collection are written whole (each
 * one v8 value); only plain objects are walked, down to MAX_DEPTH.
 */

const VALUE = 0;
const MAP = 1;
const SET = 2;
const ARRAY = 3;
const OBJECT = 4;

/** How deep plain objects are walked: the snapshot's envelope, contents, state and engine are four. */
const MAX_DEPTH = 6;
/** How many elements are written between looks at the clock. */
const CLOCK_EVERY = 64;
/** What a slice may take before the event loop is given a turn, when the caller does not say. */
export const DEFAULT_SLICE_MS = 10;

const nextTurn = (): Promise<void> =>
  new Promise((resolve) => {
    setImmediate(resolve);
  });

/** Counts work and gives the event loop a turn once a slice has lasted long enough. */
class Slices {
  private startedAt = performance.now();
  private counted = 0;

  constructor(private readonly sliceMs: number) {}

  async tick(): Promise<void> {
    this.counted += 1;
    if (this.counted % CLOCK_EVERY !== 0 || performance.now() - this.startedAt < this.sliceMs) return;
    await nextTurn();
    this.startedAt = performance.now();
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Writes `head` in one go, then `body` in slices, into one buffer, giving the event loop turns as it goes. */
export async function serializeInSlices(head: unknown, body: unknown, sliceMs = DEFAULT_SLICE_MS): Promise<Buffer> {
  const serializer = new DefaultSerializer();
  const slices = new Slices(sliceMs);
  serializer.writeHeader();
  serializer.writeValue(head);

  const write = async (value: unknown, depth: number): Promise<void> => {
    if (depth < MAX_DEPTH && isPlainObject(value)) {
      const keys = Object.keys(value);
      serializer.writeUint32(OBJECT);
      serializer.writeUint32(keys.length);
      for (const key of keys) {
        serializer.writeValue(key);
        await write(value[key], depth + 1);
      }
      return;
    }
    if (value instanceof Map) {
      serializer.writeUint32(MAP);
      serializer.writeUint32(value.size);
      for (const [key, element] of value) {
        serializer.writeValue(key);
        serializer.writeValue(element);
        await slices.tick();
      }
      return;
    }
    if (value instanceof Set || Array.isArray(value)) {
      serializer.writeUint32(value instanceof Set ? SET : ARRAY);
      serializer.writeUint32(value instanceof Set ? value.size : value.length);
      for (const element of value) {
        serializer.writeValue(element);
        await slices.tick();
      }
      return;
    }
    serializer.writeUint32(VALUE);
    serializer.writeValue(value);
    await slices.tick();
  };

  await write(body, 0);
  return serializer.releaseBuffer();
}

/**
 * Reads what serializeInSlices wrote: the head first, so that it can be checked before the body is read, then the
 * body. Throws on bytes it did not write.
 */
export class SlicedReader {
  private readonly deserializer: DefaultDeserializer;
  private readonly slices: Slices;

  constructor(bytes: Uint8Array, sliceMs = DEFAULT_SLICE_MS) {
    this.deserializer = new DefaultDeserializer(bytes);
    this.deserializer.readHeader();
    this.slices = new Slices(sliceMs);
  }

  head(): unknown {
    return this.deserializer.readValue();
  }

  body(): Promise<unknown> {
    return this.next();
  }

  private async next(): Promise<unknown> {
    const reader = this.deserializer;
    const tag = reader.readUint32();
    switch (tag) {
      case VALUE: {
        const value: unknown = reader.readValue();
        await this.slices.tick();
        return value;
      }
      case OBJECT: {
        const object: Record<string, unknown> = {};
        for (let left = reader.readUint32(); left > 0; left -= 1) {
          const key: unknown = reader.readValue();
          if (typeof key !== 'string') throw new Error(`a field name is a ${typeof key}, not a string`);
          // defined, not assigned: a field named __proto__ is data here, never the object's prototype
          Object.defineProperty(object, key, {
            value: await this.next(),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return object;
      }
      case MAP: {
        const map = new Map<unknown, unknown>();
        for (let left = reader.readUint32(); left > 0; left -= 1) {
          const key: unknown = reader.readValue();
          map.set(key, reader.readValue());
          await this.slices.tick();
        }
        return map;
      }
      case SET:
      case ARRAY: {
        const elements: unknown[] = [];
        for (let left = reader.readUint32(); left > 0; left -= 1) {
          elements.push(reader.readValue());
          await this.slices.tick();
        }
        return tag === SET ? new Set(elements) : elements;
      }
      default:
        throw new Error(`unknown section tag ${String(tag)}`);
    }
  }
}
