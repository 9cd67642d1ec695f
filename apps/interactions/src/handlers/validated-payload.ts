import {
  BusValidator,
  describeValidationErrors,
  type BusRequestMap,
  type CommandFailure,
} from '@switchboard/contracts';
import { failure } from '../domain/domain-failure.js';

/**
 * Runs a handler on a payload only once it matches the bus contract of its channel; anything else is answered
 * with invalid_command and a message naming what is wrong. A payload is another process's data, not a type.
 */
export async function withValidPayload<K extends keyof BusRequestMap, R>(
  validator: BusValidator,
  channel: K,
  payload: unknown,
  run: (command: BusRequestMap[K]['request']) => R | Promise<R>,
): Promise<R | CommandFailure> {
  const validate = validator.request(channel);
  if (!validate(payload)) return failure('invalid_command', describeValidationErrors(validate.errors));
  return run(payload);
}
