import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Scheduler } from './scheduler.js';

describe('Scheduler', () => {
  it('hands out timers by time, then in the order they were scheduled', () => {
    const steps = fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant('pop' as const)), { maxLength: 400 });
    fc.assert(
      fc.property(steps, (ops) => {
        const scheduler = new Scheduler<'check'>();
        const model: { at: number; id: string }[] = [];
        ops.forEach((op, n) => {
          if (op === 'pop') {
            scheduler.pop();
            model.shift();
          } else {
            scheduler.schedule(op, 'check', `t${n}`);
            // Stable: a timer goes after every earlier-scheduled one with the same time.
            const at = model.findIndex((t) => t.at > op);
            model.splice(at === -1 ? model.length : at, 0, { at: op, id: `t${n}` });
          }
          expect(scheduler.size).toBe(model.length);
          expect(scheduler.nextAt()).toBe(model[0]?.at);
          const head = model[0];
          expect(scheduler.peekDue(50)).toEqual(head && { at: head.at, kind: 'check', id: head.id });
          if (head && head.at > 0) expect(scheduler.peekDue(head.at - 1)).toBeUndefined();
        });
      }),
    );
  });
});
