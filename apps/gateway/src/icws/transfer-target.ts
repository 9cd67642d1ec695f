import type { IcwsApi, QueueRef } from '@switchboard/contracts';
import { ICWS_ERROR_ID } from '@switchboard/icws-dialect';
import { ApiError } from '../errors/api-error.js';
import { queueRefOf, type UserLookup } from './queue-ids.js';

type TransferParameters = IcwsApi.components['schemas']['TransferParameters'];

export const userNotFound = (name: string): ApiError =>
  new ApiError('not_found', `There is no user ${name}.`, { code: ICWS_ERROR_ID.userNotFound });

/**
 * Where a blind transfer (or a park) goes: `target` is a user (`user:<name>`, or a bare name — Switchboard
 * dials no numbers); `queueID` a user queue or a workgroup. Exactly one of the two (since interactions v13).
 */
export function transferDestination(parameters: TransferParameters, userNamed: UserLookup): QueueRef {
  const { target, queueID } = parameters;
  if (target !== undefined && queueID !== undefined) {
    throw new ApiError('bad_request', 'Give either target or queueID, not both.', { property: 'target' });
  }
  if (queueID !== undefined) return queueRefOf(queueID, userNamed);
  if (target === undefined) {
    throw new ApiError('missing_parameter', 'target or queueID is required.', { property: 'target' });
  }
  const name = target.replace(/^user:/i, '').trim();
  const username = userNamed(name);
  if (username === undefined) throw userNotFound(name);
  return { type: 'user', name: username };
}
