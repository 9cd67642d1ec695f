import type { RoutingExplanation } from '@switchboard/contracts';

/** Why an interaction was offered to agent 5464, as the routing engine explains an offer: for the notifier's tests. */
export const offeredTo5464: RoutingExplanation = {
  trigger: 'interaction-routable',
  chosen: { agentId: '5464', optionalMatches: 0, skillLevel: 0, idleSince: 0 },
  runnersUp: [],
  passedOver: [],
  mandatorySkills: [],
  optionalSkills: [],
  queue: { urgent: false, priority: 3, waitedMs: 0 },
};
