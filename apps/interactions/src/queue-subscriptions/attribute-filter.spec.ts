import { describe, expect, it } from '@jest/globals';
import type { QueueFilter } from '@switchboard/contracts';
import {
  filterAttributeNames,
  filterSizeProblem,
  matchesFilter,
  MAX_FILTER_DEPTH,
  MAX_FILTER_ITEMS,
} from './attribute-filter.js';

const is = (attribute: string, value: string): QueueFilter => ({ attribute, equals: true, value });
const isNot = (attribute: string, value: string): QueueFilter => ({ attribute, equals: false, value });
const all = (...items: QueueFilter[]): QueueFilter => ({ match: 'all', items });
const any = (...items: QueueFilter[]): QueueFilter => ({ match: 'any', items });
const none = (...items: QueueFilter[]): QueueFilter => ({ match: 'none', items });

/** An interaction's attributes as the filter reads them: names in any case, "" for one it does not have. */
const interaction = (attributes: Record<string, string>) => {
  const byLowerName = new Map(Object.entries(attributes).map(([name, value]) => [name.toLowerCase(), value]));
  return (name: string): string => byLowerName.get(name.toLowerCase()) ?? '';
};

const gold = interaction({ Eic_State: 'O', Tier: 'gold' });

describe('queue subscription attribute filters', () => {
  it('compares one attribute exactly: Equals and NotEquals, the name in any case, a missing attribute as ""', () => {
    expect(matchesFilter(is('tier', 'gold'), gold)).toBe(true);
    expect(matchesFilter(is('Tier', 'Gold'), gold)).toBe(false); // values are case-sensitive
    expect(matchesFilter(isNot('TIER', 'gold'), gold)).toBe(false);
    expect(matchesFilter(isNot('Tier', 'silver'), gold)).toBe(true);
    expect(matchesFilter(is('Region', ''), gold)).toBe(true);
    expect(matchesFilter(isNot('Region', ''), gold)).toBe(false);
  });

  it('groups: All needs every item, Any one, None no item; an empty All and None keep everything, an empty Any nothing', () => {
    expect(matchesFilter(all(is('Tier', 'gold'), is('Eic_State', 'O')), gold)).toBe(true);
    expect(matchesFilter(all(is('Tier', 'gold'), is('Eic_State', 'C')), gold)).toBe(false);
    expect(matchesFilter(any(is('Tier', 'silver'), is('Eic_State', 'O')), gold)).toBe(true);
    expect(matchesFilter(any(is('Tier', 'silver'), is('Eic_State', 'C')), gold)).toBe(false);
    expect(matchesFilter(none(is('Tier', 'silver'), is('Eic_State', 'C')), gold)).toBe(true);
    expect(matchesFilter(none(is('Tier', 'silver'), is('Eic_State', 'O')), gold)).toBe(false);
    expect([all(), any(), none()].map((group) => matchesFilter(group, gold))).toEqual([true, false, true]);
  });

  it('nests groups', () => {
    const filter = all(any(is('Tier', 'gold'), is('Tier', 'platinum')), none(is('Eic_State', 'C')));
    expect(matchesFilter(filter, gold)).toBe(true);
    expect(matchesFilter(filter, interaction({ Tier: 'gold', Eic_State: 'C' }))).toBe(false);
    expect(matchesFilter(filter, interaction({ Tier: 'bronze', Eic_State: 'O' }))).toBe(false);
  });

  it('names the attributes it reads once each, whatever their case', () => {
    expect(filterAttributeNames(all(is('Tier', 'a'), any(is('TIER', 'b'), isNot('Eic_State', 'C'))))).toEqual([
      'Tier',
      'Eic_State',
    ]);
  });

  it(`takes up to ${MAX_FILTER_DEPTH} groups deep and ${MAX_FILTER_ITEMS} filters in all, and says which bound a larger one passes`, () => {
    const nested = (depth: number): QueueFilter => {
      let filter = is('Tier', 'gold');
      for (let i = 0; i < depth; i += 1) filter = all(filter);
      return filter;
    };
    expect(filterSizeProblem(nested(MAX_FILTER_DEPTH))).toBeUndefined();
    expect(filterSizeProblem(nested(MAX_FILTER_DEPTH + 1))).toMatch(/more than 5 deep/);
    expect(filterSizeProblem(nested(10_000))).toMatch(/more than 5 deep/);
    const wide = (count: number): QueueFilter => any(...Array.from({ length: count }, () => is('Tier', 'gold')));
    expect(filterSizeProblem(wide(MAX_FILTER_ITEMS - 1))).toBeUndefined(); // and the group: 100
    expect(filterSizeProblem(wide(MAX_FILTER_ITEMS))).toMatch(/more than 100 filters/);
    expect(filterSizeProblem(all(wide(60), wide(60)))).toMatch(/more than 100 filters/);
    expect(filterSizeProblem(is('Tier', 'gold'))).toBeUndefined();
  });
});
