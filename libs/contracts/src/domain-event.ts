import type { BusEventMap } from './generated/bus.registry.generated.js';

/** Any domain event of the bus; `type` tells which. */
export type DomainEvent = BusEventMap[keyof BusEventMap];
export type DomainEventType = DomainEvent['type'];

/** The event channel that carries each event type. */
export const eventChannelOfType = {
  'interaction.queued': 'interactionQueued',
  'interaction.plan-paused': 'interactionPlanPaused',
  'interaction.plan-step-completed': 'interactionPlanStepCompleted',
  'interaction.offered': 'interactionOffered',
  'interaction.offer-revoked': 'interactionOfferRevoked',
  'interaction.accepted': 'interactionAccepted',
  'interaction.rejected': 'interactionRejected',
  'interaction.offer-timed-out': 'interactionOfferTimedOut',
  'interaction.completed': 'interactionCompleted',
  'interaction.held': 'interactionHeld',
  'interaction.user-data-changed': 'interactionUserDataChanged',
  'interaction.retrieved': 'interactionRetrieved',
  'interaction.transferred': 'interactionTransferred',
  'interaction.route-transferred': 'interactionRouteTransferred',
  'agent.wrap-up-ended': 'agentWrapUpEnded',
  'interaction.released': 'interactionReleased',
  'agent.state-changed': 'agentStateChanged',
  'provider.registered': 'providerRegistered',
  'provider.removed': 'providerRemoved',
  'agent.configured': 'agentConfigured',
  'agent.removed': 'agentRemoved',
  'interaction.cancelled': 'interactionCancelled',
  'interaction.placed-in-workbin': 'interactionPlacedInWorkbin',
  'interaction.pulled-from-workbin': 'interactionPulledFromWorkbin',
  'agent.workbin-listed': 'agentWorkbinListed',
  'agent.workbin-subscription-changed': 'agentWorkbinSubscriptionChanged',
  'interaction.connected': 'interactionConnected',
  'interaction.controlled': 'interactionControlled',
  'session.queue-subscription-changed': 'sessionQueueSubscriptionChanged',
  'session.queue-contents': 'sessionQueueContents',
  'session.interaction-watch-changed': 'sessionInteractionWatchChanged',
  'session.interaction-changed': 'sessionInteractionChanged',
  'session.closed': 'sessionClosed',
} as const satisfies Record<DomainEventType, keyof BusEventMap>;
