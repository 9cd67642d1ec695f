import { BusValidator, type DomainEvent } from '@switchboard/contracts';
import { decodeLogMessage } from './event-record.js';

/** What decoding one message gives: its events, or why it is not what the contract describes. */
export type DecodedLogMessage = readonly DomainEvent[] | string;

/** How many decoded messages wait at most for the other readers of their stream: a reader that fell behind decodes again. */
const DEFAULT_CAPACITY = 1024;

interface Waiting {
  decoded: DecodedLogMessage;
  /** Readers of the stream that have not taken it yet. */
  others: number;
}

/**
 * Decodes each message of a stream once for all the readers of it in one process. The notifier reads every record of the
 * domain log twice, through its fan-out and through its callbacks consumer, and decoding (UTF-8, JSON, the contract's
 * validation of every event) was 60 % of its busy time under batched dispatches. A message decoded for one reader waits
 * here until the stream's other readers have taken it, or until `capacity` newer ones wait (a message of a stream never
 * changes, so its stream and sequence name it). The readers share the events: they are facts, and no reader changes them.
 */
export class SharedLogDecoder {
  private readonly readers = new Map<string, number>();
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly validator: BusValidator = new BusValidator(),
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  /** A reader of `stream` starts; the function it returns says it stopped. */
  join(stream: string): () => void {
    this.readers.set(stream, (this.readers.get(stream) ?? 0) + 1);
    let joined = true;
    return () => {
      if (!joined) return;
      joined = false;
      this.readers.set(stream, (this.readers.get(stream) ?? 1) - 1);
    };
  }

  /** The message at `seq` of `stream`, decoded once for all its readers. */
  decode(stream: string, seq: number, data: Uint8Array): DecodedLogMessage {
    // the length too: a stream deleted and created again under its name numbers its messages from 1 again
    const key = `${stream}\u0000${String(seq)}\u0000${String(data.byteLength)}`;
    const waiting = this.waiting.get(key);
    if (waiting !== undefined) {
      waiting.others -= 1;
      if (waiting.others <= 0) this.waiting.delete(key);
      return waiting.decoded;
    }
    const decoded = decodeLogMessage(data, this.validator);
    const others = (this.readers.get(stream) ?? 1) - 1;
    if (others > 0) {
      this.waiting.set(key, { decoded, others });
      if (this.waiting.size > this.capacity) this.waiting.delete(this.waiting.keys().next().value as string);
    }
    return decoded;
  }

  /** Decoded messages waiting for another reader (tests). */
  get waitingCount(): number {
    return this.waiting.size;
  }
}
