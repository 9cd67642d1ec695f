import type { DomainEvent } from '@switchboard/contracts';

/** The contact-center counters, each a count of one kind of stored domain event. */
export type ContactCenterCounter = 'queued' | 'offers' | 'accepts' | 'rejects' | 'timeouts';

export interface ContactCenterCount {
  counter: ContactCenterCounter;
  tenant: string;
  route: string;
}

/**
 * What a stored domain event adds to the contact-center counters, if anything: an interaction queued in a route, an
 * offer made to an agent (by routing, or a transfer to an agent), accepted, rejected, or timed out. Counted by the
 * interaction's route as the event carries it. Every event type is listed, so that a new one is a decision here.
 */
export function contactCenterCountOf(event: DomainEvent): ContactCenterCount | undefined {
  const count = (counter: ContactCenterCounter, route: string): ContactCenterCount => ({
    counter,
    tenant: event.tenant,
    route,
  });
  switch (event.type) {
    case 'interaction.queued':
      return count('queued', event.data.interaction.route);
    case 'interaction.offered':
    case 'interaction.transferred':
      return count('offers', event.data.interaction.route);
    case 'interaction.accepted':
      return count('accepts', event.data.interaction.route);
    case 'interaction.rejected':
      return count('rejects', event.data.interaction.route);
    case 'interaction.offer-timed-out':
      return count('timeouts', event.data.interaction.route);
    case 'interaction.plan-paused':
    case 'interaction.plan-step-completed':
    case 'interaction.offer-revoked':
    case 'interaction.completed':
    case 'interaction.held':
    case 'interaction.user-data-changed':
    case 'interaction.retrieved':
    case 'interaction.route-transferred':
    case 'interaction.released':
    case 'interaction.cancelled':
    case 'interaction.placed-in-workbin':
    case 'interaction.pulled-from-workbin':
    case 'interaction.connected':
    case 'interaction.controlled':
    case 'agent.wrap-up-ended':
    case 'agent.state-changed':
    case 'agent.workbin-listed':
    case 'agent.workbin-subscription-changed':
    case 'provider.registered':
    case 'provider.removed':
    case 'agent.configured': // configuration: nothing here
    case 'agent.removed':
    case 'session.queue-subscription-changed':
    case 'session.queue-contents':
    case 'session.interaction-watch-changed':
    case 'session.interaction-changed':
    case 'session.closed':
      return undefined;
  }
}
