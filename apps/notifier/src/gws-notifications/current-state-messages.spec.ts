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
});
