import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { WaitingLine } from './waiting-line.js';
import { servedBefore, type WaitingEntry } from './waiting-queues.js';

/** Few distinct values per field, so ties on every field but the last are common. */
const entryArb = (seq: number): fc.Arbitrary<WaitingEntry> =>
  fc
    .record({
      urgent: fc.boolean(),
      deadline: fc.constantFrom(5_000, 9_000, Number.POSITIVE_INFINITY),
      priority: fc.integer({ min: 1, max: 5 }),
      queuedAt: fc.constantFrom(1_000, 2_000, 3_000),
    })
    .map(({ urgent, deadline, priority, queuedAt }) => ({
      interactionId: `i${seq}`,
      version: 1,
      // An urgent entry has an SLA, so a finite deadline.
      urgent: urgent && Number.isFinite(deadline),
      deadline,
      priority,
      queuedAt,
      seq,
    }));

const step = fc.oneof(
  fc
    .record({ kind: fc.constant('set' as const), member: fc.nat(40), seq: fc.nat(1_000) })
    .chain(({ member, seq }) => entryArb(seq).map((entry) => ({ kind: 'set' as const, id: `m${member}`, entry }))),
  fc.record({ kind: fc.constant('delete' as const), id: fc.nat(40).map((m) => `m${m}`) }),
);

describe('WaitingLine', () => {
  it('gives the member served first (servedBefore), one entry per interaction, replacements and removals included', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 400 }), (steps) => {
        const line = new WaitingLine();
        const model = new Map<string, WaitingEntry>();
        const first = (): WaitingEntry | undefined => [...model.values()].sort(servedBefore)[0];
        for (const s of steps) {
          if (s.kind === 'set') {
            // Distinct members never share an arrival (seq): make this one's unique, as the engine's are.
            const entry = { ...s.entry, seq: s.entry.seq * 100 + Number(s.id.slice(1)) };
            line.set(s.id, entry);
            model.set(s.id, entry);
          } else {
            expect(line.delete(s.id)).toBe(model.delete(s.id));
          }
          expect(line.size).toBe(model.size);
          expect(line.peek()).toBe(first());
        }
        // Taking the head again and again gives every member's latest entry in servedBefore order.
        const drained: WaitingEntry[] = [];
        for (let head = line.peek(); head; head = line.peek()) {
          drained.push(head);
          line.delete(`m${head.seq % 100}`);
        }
        expect(drained).toEqual([...model.values()].sort(servedBefore));
        expect(line.size).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
