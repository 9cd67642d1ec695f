import { randomUUID } from 'node:crypto';
import type { DomainEvent, DomainEventType } from '@switchboard/contracts';

export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

/** A new domain event with a unique id (also its Nats-Msg-Id) and the time it happened. */
export function newEvent<T extends DomainEventType>(
  type: T,
  tenant: string,
  data: EventOf<T>['data'],
  now: number,
): EventOf<T> {
  return { id: randomUUID(), type, tenant, occurredAt: new Date(now).toISOString(), data } as EventOf<T>;
}
