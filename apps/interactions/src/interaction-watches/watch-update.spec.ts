import { describe, expect, it } from '@jest/globals';
import { watchUpdate } from './watch-update.js';

describe('an interaction watch’s next message', () => {
  it('is every watched value when the client was shown nothing yet', () => {
    expect(watchUpdate(undefined, { Eic_State: 'O', Notes: '' })).toEqual({
      kind: 'all',
      attributes: { Eic_State: 'O', Notes: '' },
    });
  });

  it('is only the values that changed, and nothing when none did', () => {
    const shown = { Eic_State: 'A', Eic_UserName: 'alice', Notes: '' };
    expect(watchUpdate(shown, { Eic_State: 'C', Eic_UserName: 'alice', Notes: 'x' })).toEqual({
      kind: 'changed',
      attributes: { Eic_State: 'C', Notes: 'x' },
    });
    expect(watchUpdate(shown, { ...shown })).toBeUndefined();
  });

  it('tells a value the client was never shown as changed, even an empty one', () => {
    expect(watchUpdate({ Eic_State: 'A' }, { Eic_State: 'A', Notes: '' })).toEqual({
      kind: 'changed',
      attributes: { Notes: '' },
    });
  });

  it('is the end of the watch when the interaction is gone, whatever was shown', () => {
    expect(watchUpdate({ Eic_State: 'C' }, undefined)).toEqual({ kind: 'deallocated' });
    expect(watchUpdate(undefined, undefined)).toEqual({ kind: 'deallocated' });
  });
});
