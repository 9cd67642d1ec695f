import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../errors/api-error.js';
import { queueRefOf, QueueType, type UserLookup } from './queue-ids.js';
import { transferDestination } from './transfer-target.js';

const users: UserLookup = (name) => ({ alice: 'alice', agentusername: 'AgentUsername' })[name.toLowerCase()];

function failure(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
  }
  throw new Error('expected an ApiError');
}

describe('queueRefOf', () => {
  it('maps a workgroup to the named route, as given (the service matches it case-insensitively)', () => {
    expect(queueRefOf({ queueType: QueueType.Workgroup, queueName: 'CrmCallRouting' }, users)).toEqual({
      type: 'workgroup',
      name: 'CrmCallRouting',
    });
  });

  it('maps User, System and Station queues named after a user to that user, spelled as configured', () => {
    for (const queueType of [QueueType.User, QueueType.System, QueueType.Station]) {
      expect(queueRefOf({ queueType, queueName: 'agentusername' }, users)).toEqual({
        type: 'user',
        name: 'AgentUsername',
      });
    }
  });

  it('finds no other System or Station queue, and no user queue of someone unknown', () => {
    for (const queueType of [QueueType.User, QueueType.System, QueueType.Station]) {
      expect(failure(() => queueRefOf({ queueType, queueName: 'Main Switch' }, users))).toMatchObject({
        kind: 'not_found',
        code: 'error.queue.notFound',
      });
    }
  });
});

describe('transferDestination', () => {
  it('reads target as a user, with or without the user: prefix', () => {
    expect(transferDestination({ target: 'user:Alice' }, users)).toEqual({ type: 'user', name: 'alice' });
    expect(transferDestination({ target: 'ALICE' }, users)).toEqual({ type: 'user', name: 'alice' });
  });

  it('reads queueID as a workgroup or a user queue', () => {
    expect(transferDestination({ queueID: { queueType: 2, queueName: 'SendSMS' } }, users)).toEqual({
      type: 'workgroup',
      name: 'SendSMS',
    });
    expect(transferDestination({ queueID: { queueType: 1, queueName: 'alice' } }, users)).toEqual({
      type: 'user',
      name: 'alice',
    });
  });

  it('wants exactly one of target and queueID, and a user that exists', () => {
    expect(failure(() => transferDestination({}, users))).toMatchObject({
      kind: 'missing_parameter',
      property: 'target',
    });
    const both = { target: 'alice', queueID: { queueType: 2, queueName: 'SendSMS' } } as const;
    expect(failure(() => transferDestination(both, users))).toMatchObject({ kind: 'bad_request' });
    expect(failure(() => transferDestination({ target: 'user:nobody' }, users))).toMatchObject({
      kind: 'not_found',
      code: 'error.user.notFound',
    });
  });
});
