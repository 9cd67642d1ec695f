import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { KeyedHeap } from './keyed-heap.js';

const byValue = (a: number, b: number): number => a - b;

describe('KeyedHeap', () => {
  it('gives the least value first, one value per key, replacements and removals included', () => {
    const ops = fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('set' as const),
          key: fc.nat(30),
          value: fc.integer({ min: -1_000, max: 1_000 }),
        }),
        fc.record({ kind: fc.constant('delete' as const), key: fc.nat(30) }),
      ),
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(ops, (steps) => {
        const heap = new KeyedHeap<number, number>(byValue);
        const model = new Map<number, number>();
        for (const step of steps) {
          if (step.kind === 'set') {
            heap.set(step.key, step.value);
            model.set(step.key, step.value);
          } else {
            expect(heap.delete(step.key)).toBe(model.delete(step.key));
          }
          expect(heap.size).toBe(model.size);
          expect(heap.peek()).toBe(model.size === 0 ? undefined : Math.min(...model.values()));
        }
        // Draining it in order gives every member's latest value, sorted.
        const drained: number[] = [];
        for (const [key] of [...model].sort((a, b) => a[1] - b[1])) {
          drained.push(heap.peek() as number);
          heap.delete(key);
        }
        expect(drained).toEqual([...model.values()].sort(byValue));
        expect(heap.size).toBe(0);
      }),
    );
  });
});
