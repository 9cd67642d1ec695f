import { describe, expect, it } from '@jest/globals';
import {
  createAjv,
  gwsNotificationsSchemas,
  type DomainEvent,
  type InteractionSnapshot,
  type InteractionStateMessage,
} from '@switchboard/contracts';
import { gwsDate } from '@switchboard/gws-dialect';
import { offeredTo5464 } from '../testing/routing-explanation.js';
import type { AgentNotification } from './agent-notification.js';
import { agentNotificationsOf } from './interaction-state-message.js';

const ajv = createAjv();
ajv.addSchema(gwsNotificationsSchemas);
const validateMessage = ajv.getSchema(`${gwsNotificationsSchemas.$id}#/$defs/InteractionStateMessage`);
const validateWorkbinMessage = ajv.getSchema(`${gwsNotificationsSchemas.$id}#/$defs/MeWorkbinsPayload`);
const validateChannelMessage = ajv.getSchema(`${gwsNotificationsSchemas.$id}#/$defs/ChannelStateChangeMessageV2`);

/** The `/v2/me/interactions` messages among notifications. */
const stateMessages = (notifications: AgentNotification[]): InteractionStateMessage[] =>
  notifications.flatMap((n) => (n.channel === '/v2/me/interactions' ? [n.message] : []));

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
const explanation = offeredTo5464;

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
      userData: {
        ToNum: '07700936658',
        clid: '+44123456789',
        url: 'https://developer.newvoicemedia.com',
        urlLabel: 'Click me',
      },
      receivedDate: '2026-03-04 05:06:07.089+0000',
      // the lease ends 30 s after the offer (meta.occurredAt), by the platform's clock alone
      switchboardOfferLease: { leaseUntil: '2026-03-04T05:06:38.000Z', remainingMs: 30_000 },
    });
    expect(validateMessage?.(notification?.message)).toBe(true);
  });

  it('tells the agent when its offer is released or taken back, with no capabilities left', () => {
    const released: DomainEvent = {
      ...meta,
      type: 'interaction.released',
      data: { interaction, agentId: '5464', reason: 'released-by-api' },
    };
    const revoked: DomainEvent = {
      ...meta,
      type: 'interaction.offer-revoked',
      data: { interaction, agentId: '5464', reason: 'agent-logged-out' },
    };
    const timedOut: DomainEvent = {
      ...meta,
      type: 'interaction.offer-timed-out',
      data: { interaction, agentId: '5464' },
    };
    const rejected: DomainEvent = { ...meta, type: 'interaction.rejected', data: { interaction, agentId: '5464' } };
    const cancelled: DomainEvent = {
      ...meta,
      type: 'interaction.cancelled',
      data: { interaction, agentId: '5464', referenceId: 7 },
    };
    for (const event of [released, revoked, timedOut, rejected, cancelled]) {
      const message = agentNotificationsOf(event)[0]?.message;
      expect(message).toMatchObject({ state: 'Revoked', capabilities: [] });
      expect(validateMessage?.(message)).toBe(true);
    }
  });

  it('tells nobody about a release of an interaction no agent had, nor about queueing', () => {
    expect(
      agentNotificationsOf({
        ...meta,
        type: 'interaction.released',
        data: { interaction, reason: 'released-by-plan' },
      }),
    ).toEqual([]);
    expect(agentNotificationsOf({ ...meta, type: 'interaction.queued', data: { interaction } })).toEqual([]);
  });

  it('shows Processing with the work the provider permits after an accept, Completed after a completion', () => {
    const accepted: DomainEvent = { ...meta, type: 'interaction.accepted', data: { interaction, agentId: '5464' } };
    const permitsNoTransfer = () => ({ release: true, hold: true, transferToAgent: false, transferToRoute: true });
    expect(agentNotificationsOf(accepted)[0]?.message).toMatchObject({
      state: 'Processing',
      capabilities: [
        'Complete',
        'Cancel',
        'AttachUserData',
        'UpdateUserData',
        'DeleteUserData',
        'PlaceInQueue',
        'PlaceInWorkbin',
        'SingleStepTransfer',
      ],
    });
    expect(stateMessages(agentNotificationsOf(accepted, permitsNoTransfer))[0]?.capabilities).toEqual([
      'Complete',
      'Cancel',
      'AttachUserData',
      'UpdateUserData',
      'DeleteUserData',
      'PlaceInQueue',
      'PlaceInWorkbin',
    ]);
    const call: DomainEvent = {
      ...meta,
      type: 'interaction.accepted',
      data: { interaction: { ...interaction, interactionType: 'live' }, agentId: '5464' },
    };
    expect(stateMessages(agentNotificationsOf(call))[0]?.capabilities).not.toContain('PlaceInWorkbin'); // a caller cannot wait in a workbin
    const permitsNoHold = () => ({ release: true, hold: false, transferToAgent: true, transferToRoute: true });
    expect(stateMessages(agentNotificationsOf(accepted, permitsNoHold))[0]?.capabilities).not.toContain(
      'PlaceInWorkbin',
    );
    const completed: DomainEvent = { ...meta, type: 'interaction.completed', data: { interaction, agentId: '5464' } };
    expect(agentNotificationsOf(completed)[0]?.message).toMatchObject({ state: 'Completed', capabilities: [] });
    for (const event of [accepted, completed])
      expect(validateMessage?.(agentNotificationsOf(event)[0]?.message)).toBe(true);
  });

  it('shows a hold (an ICWS hold or park) as Held, with Retrieve only, and a retrieve as Processing again', () => {
    const call = { ...interaction, interactionType: 'live' as const };
    const held: DomainEvent = { ...meta, type: 'interaction.held', data: { interaction: call, agentId: '5464' } };
    const parked: DomainEvent = {
      ...meta,
      type: 'interaction.held',
      data: { interaction: call, agentId: '5464', parked: true },
    };
    const retrieved: DomainEvent = {
      ...meta,
      id: 'evt-2',
      type: 'interaction.retrieved',
      data: { interaction: call, agentId: '5464' },
    };
    for (const event of [held, parked]) {
      const notifications = agentNotificationsOf(event);
      expect(notifications).toHaveLength(1);
      expect(notifications[0]).toMatchObject({ tenant: 'demo', agentId: '5464', channel: '/v2/me/interactions' });
      expect(notifications[0]?.message).toMatchObject({
        notificationType: 'StatusChange',
        eventId: 'evt-1',
        id: '100000001',
        state: 'Held',
        capabilities: ['Retrieve'],
      });
      expect(validateMessage?.(notifications[0]?.message)).toBe(true);
    }
    const [back] = agentNotificationsOf(retrieved);
    expect(back?.message).toMatchObject({
      eventId: 'evt-2',
      state: 'Processing',
      capabilities: [
        'Complete',
        'Cancel',
        'AttachUserData',
        'UpdateUserData',
        'DeleteUserData',
        'PlaceInQueue',
        'SingleStepTransfer',
      ],
    });
    expect(validateMessage?.(back?.message)).toBe(true);
  });

  it('shows nothing of a mute or a recording', () => {
    const controlled: DomainEvent = {
      ...meta,
      type: 'interaction.controlled',
      data: { interaction, agentId: '5464', control: 'mute', on: true },
    };
    expect(agentNotificationsOf(controlled)).toEqual([]);
  });

  it('tells both agents of a transfer: Completed for the one it leaves, Invited for the one it goes to', () => {
    const transferred: DomainEvent = {
      ...meta,
      type: 'interaction.transferred',
      data: {
        interaction,
        fromAgentId: '5464',
        toAgentId: '5465',
        toAgentUsername: 'alice',
        leaseUntil: '2026-03-04T05:07:00.000Z',
      },
    };
    expect(stateMessages(agentNotificationsOf(transferred)).map((m) => [m.id, m.state])).toEqual([
      ['100000001', 'Completed'],
      ['100000001', 'Invited'],
    ]);
    expect(agentNotificationsOf(transferred).map((n) => n.agentId)).toEqual(['5464', '5465']);
    // the agent it goes to sees how long it has to accept; the agent it left is told nothing of a lease
    const [left, invited] = stateMessages(agentNotificationsOf(transferred));
    expect(invited?.switchboardOfferLease).toEqual({ leaseUntil: '2026-03-04T05:07:00.000Z', remainingMs: 52_000 });
    expect(left?.switchboardOfferLease).toBeUndefined();
    expect(validateMessage?.(invited)).toBe(true);
  });

  it('counts an offer whose lease has already passed at the event’s time as having no time left', () => {
    const late: DomainEvent = {
      ...meta,
      type: 'interaction.offered',
      data: { interaction, agentId: '5464', agentUsername: 'a', leaseUntil: '2026-03-04T05:06:07.000Z', explanation },
    };
    const [message] = stateMessages(agentNotificationsOf(late));
    expect(message?.switchboardOfferLease).toEqual({ leaseUntil: '2026-03-04T05:06:07.000Z', remainingMs: 0 });
  });

  it('parks: InWorkbin to the agent, ItemAdded to the workbin’s subscribers; a pull: Processing and ItemRemoved', () => {
    const workbin = { name: 'FollowUp', ownerAgentId: '5464' };
    const placed: DomainEvent = {
      ...meta,
      type: 'interaction.placed-in-workbin',
      data: { interaction, agentId: '5464', workbin, subscribers: ['5464'], referenceId: 9 },
    };
    const notifications = agentNotificationsOf(placed);
    expect(notifications.map((n) => [n.agentId, n.channel])).toEqual([
      ['5464', '/v2/me/interactions'],
      ['5464', '/v2/me/workbins'],
    ]);
    expect(notifications[0]?.message).toMatchObject({
      state: 'InWorkbin',
      capabilities: [],
      workbin: 'FollowUp',
      referenceId: 9,
    });
    expect(notifications[1]?.message).toMatchObject({
      messageType: 'WorkbinStateChangeMessage',
      action: 'ItemAdded',
      workbinId: 'FollowUp',
      referenceId: 9,
    });
    expect(validateMessage?.(notifications[0]?.message)).toBe(true);
    expect(validateWorkbinMessage?.(notifications[1]?.message)).toBe(true);

    const pulled: DomainEvent = {
      ...meta,
      type: 'interaction.pulled-from-workbin',
      data: { interaction, agentId: '5464', workbin, subscribers: [] },
    };
    expect(agentNotificationsOf(pulled).map((n) => [n.channel, n.message])).toEqual([
      ['/v2/me/interactions', expect.objectContaining({ state: 'Processing' })],
    ]);
  });

  it('answers GetWorkbinContent and (un)subscriptions on /v2/me/workbins', () => {
    const workbin = { name: 'CrmBacklog' };
    const listed: DomainEvent = {
      ...meta,
      type: 'agent.workbin-listed',
      data: { agentId: '5465', workbin, interactions: [interaction], referenceId: 3 },
    };
    const [content] = agentNotificationsOf(listed);
    expect(content).toMatchObject({ agentId: '5465', channel: '/v2/me/workbins' });
    expect(content?.message).toMatchObject({
      messageType: 'WorkbinContentMessage',
      workbinId: 'CrmBacklog',
      referenceId: 3,
    });
    expect(validateWorkbinMessage?.(content?.message)).toBe(true);
    const subscribed: DomainEvent = {
      ...meta,
      type: 'agent.workbin-subscription-changed',
      data: { agentId: '5465', workbin, subscribed: true },
    };
    expect(agentNotificationsOf(subscribed)[0]?.message).toEqual({
      messageType: 'WorkbinSubscriptionStateChangeMessage',
      eventId: 'evt-1',
      stateResource: 'Subscribed',
      id: 'CrmBacklog',
    });
  });

  it('shows readiness on every channel of /v2/me/channels', () => {
    const agent = { id: '5464', username: 'a', loggedIn: true, ready: false, notReadyReason: 'Lunch' };
    const [notification] = agentNotificationsOf({
      ...meta,
      type: 'agent.state-changed',
      data: { change: 'not-ready', agent },
    });
    expect(notification?.channel).toBe('/v2/me/channels');
    expect(notification?.message).toMatchObject({
      messageType: 'ChannelStateChangeMessageV2',
      channels: [
        { channel: 'voice', userState: { state: 'NotReady', reason: 'Lunch' } },
        { channel: 'chat', userState: { state: 'NotReady', reason: 'Lunch' } },
        { channel: 'workitem', userState: { state: 'NotReady', reason: 'Lunch' } },
      ],
    });
    expect(validateChannelMessage?.(notification?.message)).toBe(true);
  });

  it('shows the readiness routing sets as the agent’s own: missed after a timeout or reject, wrap-up and its end', () => {
    const base = { id: '5464', username: 'a', loggedIn: true };
    const missed = { ...base, ready: false, notReadyReason: 'missed' };
    const wrapUp = { ...base, ready: false, notReadyReason: 'wrap-up' };
    const readyAgain = { ...base, ready: true, notReadyChannels: ['chat' as const] };
    const readinessOf = (event: DomainEvent) =>
      agentNotificationsOf(event).filter((n) => n.channel === '/v2/me/channels');
    const cases: [DomainEvent, string[]][] = [
      [
        { ...meta, type: 'interaction.offer-timed-out', data: { interaction, agentId: '5464', agent: missed } },
        ['NotReady:missed', 'NotReady:missed', 'NotReady:missed'],
      ],
      [
        { ...meta, type: 'interaction.rejected', data: { interaction, agentId: '5464', agent: missed } },
        ['NotReady:missed', 'NotReady:missed', 'NotReady:missed'],
      ],
      [
        { ...meta, type: 'interaction.completed', data: { interaction, agentId: '5464', agent: wrapUp } },
        ['NotReady:wrap-up', 'NotReady:wrap-up', 'NotReady:wrap-up'],
      ],
      [
        { ...meta, type: 'agent.wrap-up-ended', data: { agentId: '5464', agent: readyAgain } },
        ['Ready:', 'NotReady:', 'Ready:'],
      ],
    ];
    for (const [event, states] of cases) {
      const [notification, ...more] = readinessOf(event);
      expect(more).toEqual([]);
      expect(notification).toMatchObject({ agentId: '5464', channel: '/v2/me/channels' });
      expect(validateChannelMessage?.(notification?.message)).toBe(true);
      const message = notification?.message as { channels: { userState: { state: string; reason?: string } }[] };
      expect(message.channels.map((c) => `${c.userState.state}:${c.userState.reason ?? ''}`)).toEqual(states);
    }
    // an event that changed no readiness (a completion without wrap-up, one logged before events carried it) shows none
    expect(readinessOf({ ...meta, type: 'interaction.completed', data: { interaction, agentId: '5464' } })).toEqual([]);
    expect(readinessOf({ ...meta, type: 'agent.wrap-up-ended', data: { agentId: '5464' } })).toEqual([]);
  });

  it('tells a workbin’s subscribers when an interaction parked in it is released (ItemRemoved), and no one else', () => {
    const workbin = { name: 'CrmBacklog' };
    const released: DomainEvent = {
      ...meta,
      type: 'interaction.released',
      data: { interaction, reason: 'released-by-api', workbin, subscribers: ['5465', '5466'] },
    };
    const notifications = agentNotificationsOf(released);
    expect(notifications.map((n) => [n.agentId, n.channel])).toEqual([
      ['5465', '/v2/me/workbins'],
      ['5466', '/v2/me/workbins'],
    ]);
    expect(notifications[0]?.message).toMatchObject({
      messageType: 'WorkbinStateChangeMessage',
      action: 'ItemRemoved',
      workbinId: 'CrmBacklog',
      interaction: { id: '100000001' },
    });
    expect(validateWorkbinMessage?.(notifications[0]?.message)).toBe(true);
  });
});

describe('gwsDate', () => {
  it('formats as GWS does', () => {
    expect(gwsDate('2026-12-31T23:59:59.001Z')).toBe('2026-12-31 23:59:59.001+0000');
  });
});
