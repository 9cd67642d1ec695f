import { describe, expect, it } from '@jest/globals';
import {
  createAjv,
  gwsNotificationsSchemas,
  type DomainEvent,
  type InteractionSnapshot,
  type RoutingExplanation,
} from '@switchboard/contracts';
import { gwsDate } from '@switchboard/gws-dialect';
import { agentNotificationsOf } from './interaction-state-message.js';

const ajv = createAjv();
ajv.addSchema(gwsNotificationsSchemas);
const validateMessage = ajv.getSchema(`${gwsNotificationsSchemas.$id}#/$defs/InteractionStateMessage`);

const interaction: InteractionSnapshot = {
  id: '100000001',
  externalId: 'ObjectId_001',
  route: 'CrmCallRouting',
  interactionType: 'nonlive',
  mediaType: 'API Object',
  clid: '+44123456789',
  url: { label: 'Click me', value: 'https://developer.newvoicemedia.com' },
  properties: { ToNum: '07700936658' },
  skills: [],
  queuedAt: '2026-03-04T05:06:07.089Z',
};
const meta = { id: 'evt-1', tenant: 'demo', occurredAt: '2026-03-04T05:06:08.000Z' };
const explanation: RoutingExplanation = {
  trigger: 'interaction-routable',
  chosen: { agentId: '5464', optionalMatches: 0, skillLevel: 0, idleSince: 0 },
  runnersUp: [],
  passedOver: [],
  mandatorySkills: [],
  optionalSkills: [],
  queue: { urgent: false, priority: 3, waitedMs: 0 },
};

describe('agentNotificationsOf', () => {
  it('invites the offered agent, in the contract’s shape', () => {
    const event: DomainEvent = {
      ...meta,
      type: 'interaction.offered',
      data: { interaction, agentId: '5464', agentUsername: 'a', leaseUntil: '2026-03-04T05:06:38.000Z', explanation },
    };
    const [notification] = agentNotificationsOf(event);
    expect(notification).toMatchObject({ tenant: 'demo', agentId: '5464', channel: '/v2/me/interactions' });
    expect(notification?.message).toEqual({
      messageTypeName: 'InteractionStateMessage',
      notificationType: 'StatusChange',
      eventId: 'evt-1',
      id: '100000001',
      externalId: 'ObjectId_001',
      state: 'Invited',
      capabilities: ['Accept', 'Reject'],
      interactionType: 'nonlive',
      mediaType: 'API Object',
      currentQueue: 'CrmCallRouting',
      userData: { ToNum: '07700936658', clid: '+44123456789', url: 'https://developer.newvoicemedia.com', urlLabel: 'Click me' },
      receivedDate: '2026-03-04 05:06:07.089+0000',
    });
    expect(validateMessage?.(notification?.message)).toBe(true);
  });

  it('tells the agent when its offer is released or taken back, with no capabilities left', () => {
    const released: DomainEvent = { ...meta, type: 'interaction.released', data: { interaction, agentId: '5464', reason: 'released-by-api' } };
    const revoked: DomainEvent = {
      ...meta,
      type: 'interaction.offer-revoked',
      data: { interaction, agentId: '5464', reason: 'agent-logged-out' },
    };
    const timedOut: DomainEvent = { ...meta, type: 'interaction.offer-timed-out', data: { interaction, agentId: '5464' } };
    const rejected: DomainEvent = { ...meta, type: 'interaction.rejected', data: { interaction, agentId: '5464' } };
    for (const event of [released, revoked, timedOut, rejected]) {
      const message = agentNotificationsOf(event)[0]?.message;
      expect(message).toMatchObject({ state: 'Revoked', capabilities: [] });
      expect(validateMessage?.(message)).toBe(true);
    }
  });

  it('tells nobody about a release of an interaction no agent had, nor about queueing', () => {
    expect(agentNotificationsOf({ ...meta, type: 'interaction.released', data: { interaction, reason: 'released-by-plan' } })).toEqual([]);
    expect(agentNotificationsOf({ ...meta, type: 'interaction.queued', data: { interaction } })).toEqual([]);
  });

  it('shows Processing with the work the provider permits after an accept, Completed after a completion', () => {
    const accepted: DomainEvent = { ...meta, type: 'interaction.accepted', data: { interaction, agentId: '5464' } };
    const permitsNoTransfer = () => ({ release: true, hold: true, transferToAgent: false, transferToRoute: true });
    expect(agentNotificationsOf(accepted)[0]?.message).toMatchObject({ state: 'Processing', capabilities: ['Complete', 'AttachUserData', 'UpdateUserData', 'DeleteUserData', 'PlaceInQueue', 'SingleStepTransfer'] });
    expect(agentNotificationsOf(accepted, permitsNoTransfer)[0]?.message.capabilities).toEqual(['Complete', 'AttachUserData', 'UpdateUserData', 'DeleteUserData', 'PlaceInQueue']);
    const completed: DomainEvent = { ...meta, type: 'interaction.completed', data: { interaction, agentId: '5464' } };
    expect(agentNotificationsOf(completed)[0]?.message).toMatchObject({ state: 'Completed', capabilities: [] });
    for (const event of [accepted, completed]) expect(validateMessage?.(agentNotificationsOf(event)[0]?.message)).toBe(true);
  });

  it('tells both agents of a transfer: Completed for the one it leaves, Invited for the one it goes to', () => {
    const transferred: DomainEvent = {
      ...meta,
      type: 'interaction.transferred',
      data: { interaction, fromAgentId: '5464', toAgentId: '5465', toAgentUsername: 'alice', leaseUntil: '2026-03-04T05:07:00.000Z' },
    };
    expect(agentNotificationsOf(transferred).map((n) => [n.agentId, n.message.state])).toEqual([
      ['5464', 'Completed'],
      ['5465', 'Invited'],
    ]);
  });
});

describe('gwsDate', () => {
  it('formats as GWS does', () => {
    expect(gwsDate('2026-12-31T23:59:59.001Z')).toBe('2026-12-31 23:59:59.001+0000');
  });
});
