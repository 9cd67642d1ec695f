import { describe, expect, it } from '@jest/globals';
import type { Workitem } from '../gws-types.js';
import { WorkbinContents } from './workbin-contents.js';

const item = (id: string): Workitem => ({
  id,
  state: 'InWorkbin',
  capabilities: [],
  interactionType: 'nonlive',
  mediaType: 'API Object',
  userData: {},
  receivedDate: '2026-12-07 10:00:00.000+0000',
  workbin: 'FollowUp',
});
const ids = (contents: WorkbinContents, workbin = 'FollowUp') => contents.of(workbin).map((i) => i.id);

describe('a workbin’s contents on the desktop', () => {
  it('starts from the read and follows the notifications, oldest parked first', () => {
    const contents = new WorkbinContents();
    contents.beginRead('FollowUp');
    contents.read('FollowUp', [item('1'), item('2')]);
    contents.apply({ action: 'ItemAdded', workbinId: 'FollowUp', interaction: item('3') });
    contents.apply({ action: 'ItemRemoved', workbinId: 'FollowUp', interaction: item('1') });
    expect(ids(contents)).toEqual(['2', '3']);
    expect(ids(contents, 'CrmBacklog')).toEqual([]);
  });

  it('keeps a change that arrives while the read is under way, whether the read saw it or not', () => {
    const before = new WorkbinContents();
    before.beginRead('FollowUp');
    before.apply({ action: 'ItemRemoved', workbinId: 'FollowUp', interaction: item('1') });
    before.apply({ action: 'ItemAdded', workbinId: 'FollowUp', interaction: item('4') });
    before.read('FollowUp', [item('1'), item('2')]); // read before the changes: they are applied on top
    expect(ids(before)).toEqual(['2', '4']);

    const after = new WorkbinContents();
    after.beginRead('FollowUp');
    after.apply({ action: 'ItemAdded', workbinId: 'FollowUp', interaction: item('4') });
    after.read('FollowUp', [item('2'), item('4')]); // read after it: nothing doubled
    expect(ids(after)).toEqual(['2', '4']);
  });

  it('puts an item parked again at the end, and ignores the removal of one it never had', () => {
    const contents = new WorkbinContents();
    contents.read('FollowUp', [item('1'), item('2')]);
    contents.apply({ action: 'ItemAdded', workbinId: 'FollowUp', interaction: item('1') });
    contents.apply({ action: 'ItemRemoved', workbinId: 'Other', interaction: item('9') });
    expect(ids(contents)).toEqual(['2', '1']);
    expect(ids(contents, 'Other')).toEqual([]);
  });
});
