import { describe, expect, it } from '@jest/globals';
import { icwsDocument, OpenApiValidator, type DomainEvent } from '@switchboard/contracts';
import { SESSION_CLOSED_MESSAGE, sessionChangeOf, watchKeyOf } from './icws-messages.js';

const messagesResponse = new OpenApiValidator(icwsDocument, 'icws').response(
  'get',
  '/icws/{sessionId}/messaging/messages',
  200,
);
const meta = { id: 'evt-7', tenant: 'demo', occurredAt: '2026-03-04T05:06:08.000Z' };

describe('sessionChangeOf', () => {
  it('makes a snapshot a queueContentsMessage with isDelta false, echoing the subscription, without empty lists', () => {
    const event: DomainEvent = {
      ...meta,
      type: 'session.queue-contents',
      data: {
        sessionId: 's-1',
        subscriptionId: 'my-queue',
        isDelta: false,
        added: [{ interactionId: '100000001', attributes: { Eic_State: 'C', Eic_RemoteName: 'Ada' } }],
        changed: [],
        removed: [],
      },
    };
    const change = sessionChangeOf(event);
    expect(change).toEqual({
      kind: 'contents',
      session: { tenant: 'demo', sessionId: 's-1' },
      isDelta: false,
      queued: {
        id: 'evt-7',
        subscriptionId: 'my-queue',
        message: {
          __type: 'urn:inin.com:queues:queueContentsMessage',
          isDelta: false,
          subscriptionId: 'my-queue',
          interactionsAdded: [{ interactionId: '100000001', attributes: { Eic_State: 'C', Eic_RemoteName: 'Ada' } }],
        },
      },
    });
    expect(messagesResponse?.([change?.kind === 'contents' && change.queued.message])).toBe(true);
  });

  it('says when a snapshot was cut at its limit (queueResultLimitExceeded)', () => {
    const event: DomainEvent = {
      ...meta,
      type: 'session.queue-contents',
      data: { sessionId: 's-1', subscriptionId: 'big', isDelta: false, added: [], limitExceeded: true },
    };
    const change = sessionChangeOf(event);
    const message = change?.kind === 'contents' ? change.queued.message : undefined;
    expect(message).toMatchObject({ subscriptionId: 'big', isDelta: false, queueResultLimitExceeded: true });
    expect(messagesResponse?.([message])).toBe(true);
  });

  it('tells in a delta that a subscription shows everything that matches again (queueResultLimitExceeded false)', () => {
    const event: DomainEvent = {
      ...meta,
      type: 'session.queue-contents',
      data: { sessionId: 's-1', subscriptionId: 'top', isDelta: true, limitExceeded: false },
    };
    const change = sessionChangeOf(event);
    const message = change?.kind === 'contents' ? change.queued.message : undefined;
    expect(message).toEqual({
      __type: 'urn:inin.com:queues:queueContentsMessage',
      isDelta: true,
      subscriptionId: 'top',
      queueResultLimitExceeded: false,
    });
    expect(messagesResponse?.([message])).toBe(true);
  });

  it('makes a delta carry what came in, what changed and the ids of what left', () => {
    const event: DomainEvent = {
      ...meta,
      type: 'session.queue-contents',
      data: {
        sessionId: 's-1',
        subscriptionId: 'my-queue',
        isDelta: true,
        added: [{ interactionId: '100000003', attributes: { Eic_State: 'A' } }],
        changed: [{ interactionId: '100000001', attributes: { Eic_State: 'H' } }],
        removed: ['100000002'],
      },
    };
    const change = sessionChangeOf(event);
    const message = change?.kind === 'contents' ? change.queued.message : undefined;
    expect(message).toEqual({
      __type: 'urn:inin.com:queues:queueContentsMessage',
      isDelta: true,
      subscriptionId: 'my-queue',
      interactionsAdded: [{ interactionId: '100000003', attributes: { Eic_State: 'A' } }],
      interactionsChanged: [{ interactionId: '100000001', attributes: { Eic_State: 'H' } }],
      interactionsRemoved: ['100000002'],
    });
    expect(messagesResponse?.([message])).toBe(true);
  });

  it('ends a subscription on its unsubscribe, a session on its close, and ignores a new subscription and other events', () => {
    const changed = { sessionId: 's-1', agentId: '5464', subscriptionId: 'my-queue' };
    expect(
      sessionChangeOf({ ...meta, type: 'session.queue-subscription-changed', data: { ...changed, subscribed: false } }),
    ).toEqual({
      kind: 'unsubscribed',
      session: { tenant: 'demo', sessionId: 's-1' },
      subscriptionId: 'my-queue',
    });
    const subscribed = sessionChangeOf({
      ...meta,
      type: 'session.queue-subscription-changed',
      data: { ...changed, subscribed: true },
    });
    expect(subscribed).toBeUndefined();
    expect(sessionChangeOf({ ...meta, type: 'session.closed', data: { sessionId: 's-1' } })).toEqual({
      kind: 'closed',
      session: { tenant: 'demo', sessionId: 's-1' },
    });
    expect(sessionChangeOf({ ...meta, type: 'provider.removed', data: { name: 'crm' } })).toBeUndefined();
  });

  it('tells a stream its session ended in the contract’s connection message', () => {
    expect(messagesResponse?.([SESSION_CLOSED_MESSAGE])).toBe(true);
  });

  it('makes a watch’s message an interactionChangedMessage with the vendor’s interactionID, under the watch’s key', () => {
    const event: DomainEvent = {
      ...meta,
      type: 'session.interaction-changed',
      data: { sessionId: 's-1', interactionId: '100000001', isDelta: true, attributes: { Eic_State: 'H' } },
    };
    const change = sessionChangeOf(event);
    expect(change).toEqual({
      kind: 'contents',
      session: { tenant: 'demo', sessionId: 's-1' },
      isDelta: true,
      queued: {
        id: 'evt-7',
        subscriptionId: watchKeyOf('100000001'),
        message: {
          __type: 'urn:inin.com:interactions:interactionChangedMessage',
          isDelta: true,
          interactionID: '100000001',
          attributes: { Eic_State: 'H' },
        },
      },
    });
    expect(messagesResponse?.([change?.kind === 'contents' && change.queued.message])).toBe(true);
  });

  it('makes a watch ended with its interaction an interactionDeallocatedMessage; one the client ended, an end alone', () => {
    const ended = (deallocated: boolean): DomainEvent => ({
      ...meta,
      type: 'session.interaction-watch-changed',
      data: {
        sessionId: 's-1',
        agentId: '5464',
        interactionId: '100000001',
        watching: false,
        ...(deallocated ? { deallocated } : {}),
      },
    });
    const change = sessionChangeOf(ended(true));
    expect(change).toMatchObject({
      kind: 'watch-ended',
      queued: {
        subscriptionId: watchKeyOf('100000001'),
        message: {
          __type: 'urn:inin.com:interactions:interactionDeallocatedMessage',
          isDelta: false,
          interactionID: '100000001',
        },
      },
    });
    expect(messagesResponse?.([change?.kind === 'watch-ended' && change.queued.message])).toBe(true);
    const lostRights = sessionChangeOf({
      ...ended(false),
      data: { ...ended(false).data, lostRights: true },
    } as DomainEvent);
    expect(lostRights).toMatchObject({
      kind: 'watch-ended',
      queued: {
        message: { __type: 'urn:inin.com:interactions:interactionLostRightsMessage', interactionID: '100000001' },
      },
    });
    expect(messagesResponse?.([lostRights?.kind === 'watch-ended' && lostRights.queued.message])).toBe(true);
    expect(sessionChangeOf(ended(false))).toEqual({
      kind: 'unsubscribed',
      session: { tenant: 'demo', sessionId: 's-1' },
      subscriptionId: watchKeyOf('100000001'),
    });
  });
});
