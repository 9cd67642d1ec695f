import { describe, expect, it } from '@jest/globals';
import { compareValues, rankOrder, ResultRanking } from './result-window.js';

describe('queue subscription result order', () => {
  it('compares numbers as numbers, anything else as strings; ICWS times in time order, "" first', () => {
    expect(compareValues('9', '10')).toBeLessThan(0);
    expect(compareValues('-1.5', '2')).toBeLessThan(0);
    expect(compareValues('9a', '10a')).toBeGreaterThan(0); // not numbers: as strings
    expect(compareValues('20261121T161700Z', '20261121T161759Z')).toBeLessThan(0);
    expect(compareValues('20261121T235959Z', '20261122T000000Z')).toBeLessThan(0);
    expect(compareValues('', 'a')).toBeLessThan(0);
    expect(compareValues('b', 'b')).toBe(0);
  });

  it('breaks ties in queue order (the older interaction first), descending or not', () => {
    const ascending = rankOrder(false);
    const descending = rankOrder(true);
    expect(ascending({ interactionId: '10', key: 'x' }, { interactionId: '9', key: 'x' })).toBeGreaterThan(0);
    expect(descending({ interactionId: '10', key: 'x' }, { interactionId: '9', key: 'x' })).toBeGreaterThan(0);
    expect(descending({ interactionId: '1', key: 'a' }, { interactionId: '2', key: 'b' })).toBeGreaterThan(0);
  });

  it('keeps a ranking in order as interactions come, change their value and go', () => {
    const ranking = new ResultRanking(true);
    ranking.set('1', '20');
    ranking.set('2', '100');
    ranking.set('3', '20');
    ranking.set('4', '5');
    expect(ranking.first(10)).toEqual(['2', '1', '3', '4']);
    expect(ranking.first(2)).toEqual(['2', '1']);
    ranking.set('4', '500');
    expect(ranking.first(2)).toEqual(['4', '2']);
    ranking.delete('2');
    ranking.delete('nobody');
    expect(ranking.first(10)).toEqual(['4', '1', '3']);
    expect(ranking.size).toBe(3);
    ranking.set('1', '20'); // unchanged: stays where it is
    expect(ranking.first(10)).toEqual(['4', '1', '3']);
  });
});
