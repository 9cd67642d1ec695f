import { describe, expect, it } from '@jest/globals';
import {
  createAjv,
  gwsNotificationsSchemas,
  type DomainEvent,
  type InteractionSnapshot,
  type RoutingExplanation,
} from '@switchboard/contracts';
import { agentNotificationOf, gwsDate } from './interaction-state-message.js';

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

describe('agentNotificationOf', () => {
  it('invites the offered agent, in the contract’s shape', () => {
    const event: DomainEvent = {
      ...meta,
      type: 'interaction.offered',
      data: { interaction, agentId: '5464', agentUsername: 'a', leaseUntil: '2026-03-04T05:06:38.000Z', explanation },
    };
    const notification = agentNotificationOf(event);
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
      const message = agentNotificationOf(event)?.message;
      expect(message).toMatchObject({ state: 'Revoked', capabilities: [] });
      expect(validateMessage?.(message)).toBe(true);
    }
  });

  it('tells nobody about a release of an interaction no agent had, nor about queueing', () => {
    expect(agentNotificationOf({ ...meta, type: 'interaction.released', data: { interaction, reason: 'released-by-plan' } })).toBeUndefined();
    expect(agentNotificationOf({ ...meta, type: 'interaction.queued', data: { interaction } })).toBeUndefined();
  });
});

describe('gwsDate', () => {
  it('formats as GWS does', () => {
    expect(gwsDate('2026-12-31T23:59:59.001Z')).toBe('2026-12-31 23:59:59.001+0000');
  });
});
