import type { InteractionSnapshot } from '@switchboard/contracts';

/** A CRM interaction as the interactions service describes it, for the notifier's unit tests. */
export const snapshotOf = (id: string, userData?: Record<string, unknown>): InteractionSnapshot => ({
  id,
  route: 'CrmCallRouting',
  interactionType: 'nonlive',
  mediaType: 'API Object',
  properties: {},
  skills: [],
  ...(userData === undefined ? {} : { userData }),
  queuedAt: '2026-03-04T05:06:07.089Z',
});
