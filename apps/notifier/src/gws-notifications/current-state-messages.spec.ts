import { describe, expect, it } from '@jest/globals';
import { createAjv, gwsNotificationsSchemas } from '@switchboard/contracts';
import { snapshotOf } from '../testing/interaction-snapshot.js';
import { currentStateMessages } from './current-state-messages.js';

const ajv = createAjv();
ajv.addSchema(gwsNotificationsSchemas);
const validateMessage = ajv.getSchema(`${gwsNotificationsSchemas.$id}#/$defs/InteractionStateMessage`);

const permitted = { release: true, hold: true, transferToAgent: false, transferToRoute: true };

describe('currentStateMessages', () => {
  it('shows each current interaction as a StatusChange: Invited while offered, Processing once connected', () => {
    const messages = currentStateMessages([
      { interaction: snapshotOf('1'), status: 'offered', permitted },
      { interaction: snapshotOf('2', { Note: 'v2' }), status: 'connected', permitted },
    ]);
    expect(messages.map((m) => [m.id, m.notificationType, m.state, m.capabilities])).toEqual([
      ['1', 'StatusChange', 'Invited', ['Accept', 'Reject']],
      [
        '2',
        'StatusChange',
        'Processing',
        ['Complete', 'Cancel', 'AttachUserData', 'UpdateUserData', 'DeleteUserData', 'PlaceInQueue', 'PlaceInWorkbin'],
      ],
    ]);
    expect(messages[1]?.userData).toEqual({ Note: 'v2' });
    expect(messages[0]?.eventId).toMatch(/^snapshot-/);
    expect(messages[0]?.eventId).not.toBe(messages[1]?.eventId);
    for (const message of messages) expect(validateMessage?.(message)).toBe(true);
  });

  it('tells an offer the time left on its lease as the interactions service answered it, and nothing else', () => {
    const offerLease = { leaseUntil: '2026-01-01T09:00:30.000Z', remainingMs: 18_000 };
    const messages = currentStateMessages([
      { interaction: snapshotOf('1'), status: 'offered', permitted, offerLease },
      { interaction: snapshotOf('2'), status: 'connected', permitted },
    ]);
    expect(messages.map((m) => m.switchboardOfferLease)).toEqual([offerLease, undefined]);
    for (const message of messages) expect(validateMessage?.(message)).toBe(true);
  });
});
