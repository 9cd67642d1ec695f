/** The most items one bus command carries (the bus contract's maxItems). */
export const MAX_ITEMS_PER_COMMAND = 100;
/**
 * The most bytes of items one bus command carries: well under NATS's 1 MB max_payload, so that even an Invoke of
 * maximal requests (64 KiB of data each) travels, in several commands.
 */
export const MAX_BYTES_PER_COMMAND = 256 * 1024;

/**
 * Cuts an Invoke's items, in order, into bus commands of at most `maxItems` items and `maxBytes` of JSON (an item larger
 * than that alone goes alone): each command is one turn and one append for the interactions service, and they are
 * sent one after another, so the requests are still processed in order.
 */
export function invokeChunks<T>(
  items: readonly T[],
  maxItems = MAX_ITEMS_PER_COMMAND,
  maxBytes = MAX_BYTES_PER_COMMAND,
): [T, ...T[]][] {
  const chunks: [T, ...T[]][] = [];
  let current: [T, ...T[]] | undefined;
  let bytes = 0;
  for (const item of items) {
    const size = Buffer.byteLength(JSON.stringify(item));
    if (current && current.length < maxItems && bytes + size <= maxBytes) {
      current.push(item);
      bytes += size;
      continue;
    }
    current = [item];
    chunks.push(current);
    bytes = size;
  }
  return chunks;
}
