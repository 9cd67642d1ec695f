import type { IcwsApi, QueueRef } from '@switchboard/contracts';
import { ICWS_ERROR_ID } from '@switchboard/icws-dialect';
import { ApiError } from '../errors/api-error.js';

export type QueueId = IcwsApi.components['schemas']['QueueId'];

/** ICWS QueueType (reference C6). */
export const QueueType = { System: 0, User: 1, Workgroup: 2, Station: 3 } as const;

/** A user name of the session's tenant as configured, or undefined when it names no user there. */
export type UserLookup = (name: string) => string | undefined;

export const queueNotFound = (id: QueueId): ApiError =>
  new ApiError('not_found', `There is no queue ${id.queueName} of type ${id.queueType}.`, {
    code: ICWS_ERROR_ID.queueNotFound,
  });

/**
 * The canonical queue an ICWS QueueId names: Workgroup → the named route (the interactions service matches it
 * and answers queue_not_found); User → that user's queue; System and Station → a user's queue when the name is a
 * user's (the vendor's own sample subscribes `{queueType: 0, queueName: <its user>}`); Switchboard has no other
 * system or station queues, so any other name is not found.
 */
export function queueRefOf(id: QueueId, userNamed: UserLookup): QueueRef {
  if (id.queueType === QueueType.Workgroup) return { type: 'workgroup', name: id.queueName };
  const username = userNamed(id.queueName);
  if (username === undefined) throw queueNotFound(id);
  return { type: 'user', name: username };
}
