import { describe, expect, it } from '@jest/globals';
import { OutputTail } from './output-tail.js';

describe('OutputTail', () => {
  it('keeps what was written, in order, without the trailing line break', () => {
    const tail = new OutputTail();
    tail.append('interactions: failed to start: invalid configuration:\n');
    tail.append('  - SNAPSHOT_EVERY_EVENTS: Too small\n');
    expect(tail.toString()).toBe(
      'interactions: failed to start: invalid configuration:\n  - SNAPSHOT_EVERY_EVENTS: Too small',
    );
  });

  it('keeps only the last whole lines that fit', () => {
    const tail = new OutputTail(30);
    tail.append('an early line that is long enough to be dropped\n');
    tail.append('second line\nthird line\n');
    expect(tail.toString()).toBe('second line\nthird line');
  });

  it('keeps the end of one line longer than the limit rather than nothing', () => {
    const tail = new OutputTail(5);
    tail.append('abcdefgh');
    expect(tail.toString()).toBe('defgh');
  });
});
