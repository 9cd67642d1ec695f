import { describe, expect, it } from '@jest/globals';
import { invokeChunks } from './invoke-chunks.js';

const release = (n: number, padding = 0) => ({ release: { externalId: `E${String(n)}${'x'.repeat(padding)}` } });

describe('cutting an Invoke into bus commands', () => {
  it('keeps the order, at most maxItems a command', () => {
    const items = Array.from({ length: 7 }, (_, n) => release(n));
    const chunks = invokeChunks(items, 3);
    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 1]);
    expect(chunks.flat()).toEqual(items);
  });

  it('starts a new command before one would pass maxBytes; an item larger than that goes alone', () => {
    const items = [release(1, 40), release(2, 40), release(3, 200), release(4)];
    const chunks = invokeChunks(items, 100, 150);
    expect(chunks.map((chunk) => chunk.map((item) => item.release.externalId.slice(0, 2)))).toEqual([
      ['E1', 'E2'],
      ['E3'],
      ['E4'],
    ]);
  });
});
