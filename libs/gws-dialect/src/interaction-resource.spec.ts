import { describe, expect, it } from '@jest/globals';
import type { InteractionSnapshot } from '@switchboard/contracts';
import { capabilitiesFor, interactionResource } from './interaction-resource.js';

const interaction: InteractionSnapshot = {
  id: '100000001',
  route: 'CrmCallRouting',
  interactionType: 'live',
  mediaType: 'Voice',
  properties: {},
  skills: [],
  queuedAt: '2026-03-04T05:06:07.089Z',
};

describe('capabilitiesFor', () => {
  it('offers only Retrieve for a held interaction, whatever the provider permits', () => {
    expect(capabilitiesFor('Held', 'live')).toEqual(['Retrieve']);
    expect(
      capabilitiesFor('Held', 'nonlive', {
        release: false,
        hold: true,
        transferToAgent: false,
        transferToRoute: false,
      }),
    ).toEqual(['Retrieve']);
  });
});

describe('interactionResource', () => {
  it('shows the notification’s capabilities, which in its states never include Retrieve', () => {
    expect(interactionResource(interaction, 'Processing').capabilities).toEqual([
      'Complete',
      'Cancel',
      'AttachUserData',
      'UpdateUserData',
      'DeleteUserData',
      'PlaceInQueue',
      'SingleStepTransfer',
    ]);
  });
});
