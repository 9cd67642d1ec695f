import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../errors/api-error.js';
import { toDispatchCommand, toInteractionResult, toReleaseCommand } from './invocation-mapper.js';

describe('toDispatchCommand', () => {
  it('maps every linkeddata type and routingdata rule to the canonical command', () => {
    const command = toDispatchCommand(
      {
        requestid: 'r1',
        externalid: 'CASE-42',
        route: 'APIRouting',
        linkeddata: [
          { type: 'clid', value: '+15550100' },
          { type: 'name', value: 'Case 42' },
          { type: 'mediatype', value: 'Case' },
          { type: 'url', label: 'Open case', value: 'https://crm.example/case/42' },
          { type: 'interactionproperty', key: 'Priority', value: 'High' },
          { type: 'interactionproperty', key: 'Region', value: 'EMEA' },
          { type: 'object', owner: 'Crm', key: 'Contact', value: '003' },
        ],
        routingdata: {
          interactiontype: 'chat',
          skills: [{ name: 'Spanish', expiryafter: 0 }, { name: 'Billing', expiryafter: 60 }, { name: 'Tier2' }],
          personalqueue: { agent: 'jdoe', loggedintimeout: 20, loggedouttimeout: 30 },
        },
      },
      'CrmIntegration',
    );
    expect(command).toEqual({
      requestId: 'r1',
      externalId: 'CASE-42',
      provider: 'CrmIntegration',
      route: 'APIRouting',
      clid: '+15550100',
      name: 'Case 42',
      mediaType: 'Case',
      url: { label: 'Open case', value: 'https://crm.example/case/42' },
      properties: { Priority: 'High', Region: 'EMEA', 'Crm.Contact': '003' },
      interactionType: 'chat',
      skills: [
        { name: 'Spanish', expiryAfterSeconds: 0 },
        { name: 'Billing', expiryAfterSeconds: 60 },
        { name: 'Tier2' },
      ],
      personalQueue: { agent: 'jdoe', loggedInTimeoutSeconds: 20, loggedOutTimeoutSeconds: 30 },
    });
  });

  it('keeps a url label without a value', () => {
    expect(
      toDispatchCommand({ route: 'r', linkeddata: [{ type: 'url', label: 'Only a label' }] }, undefined).url,
    ).toEqual({
      label: 'Only a label',
    });
  });
});

describe('toReleaseCommand', () => {
  it('names the provider of the invocation', () => {
    expect(toReleaseCommand({ action: 'release', externalid: 'E', requestid: 'r' }, 'P')).toEqual({
      externalId: 'E',
      requestId: 'r',
      provider: 'P',
    });
  });
});

describe('toInteractionResult', () => {
  it('reports a dispatch, a duplicate and a release with their ids', () => {
    expect(
      toInteractionResult(0, { route: 'r', requestid: 'a' }, { ok: true, interactionId: '7', duplicate: false }),
    ).toEqual({
      index: 0,
      action: 'dispatch',
      requestid: 'a',
      outcome: 'dispatched',
      duplicate: false,
      interactionid: '7',
    });
    expect(
      toInteractionResult(1, { action: 'release', externalid: 'E' }, { ok: true, interactionId: '7', duplicate: true }),
    ).toMatchObject({ action: 'release', outcome: 'released', duplicate: true });
  });

  it('answers a repeated requestid with the first request’s action and externalid, not the repeat’s', () => {
    const firstDispatch = {
      ok: true,
      interactionId: '7',
      duplicate: true,
      firstRequest: { action: 'dispatch', externalId: 'FIRST' },
    } as const;
    expect(toInteractionResult(0, { action: 'release', requestid: 'a', externalid: 'OTHER' }, firstDispatch)).toEqual({
      index: 0,
      action: 'dispatch',
      requestid: 'a',
      externalid: 'FIRST',
      outcome: 'dispatched',
      duplicate: true,
      interactionid: '7',
    });
    const firstWithoutExternalId = {
      ok: true,
      interactionId: '8',
      duplicate: true,
      firstRequest: { action: 'dispatch' },
    } as const;
    expect(toInteractionResult(1, { route: 'r', requestid: 'b', externalid: 'NEW' }, firstWithoutExternalId)).toEqual({
      index: 1,
      action: 'dispatch',
      requestid: 'b',
      outcome: 'dispatched',
      duplicate: true,
      interactionid: '8',
    });
  });

  it('reports a domain refusal as a rejected request with its code', () => {
    expect(
      toInteractionResult(
        2,
        { route: 'r' },
        { ok: false, error: { code: 'route_not_found', message: 'no named route "r"' } },
      ),
    ).toEqual({
      index: 2,
      action: 'dispatch',
      outcome: 'rejected',
      duplicate: false,
      error: { code: 'route_not_found', message: 'no named route "r"' },
    });
  });

  it('treats a failure that is not the request’s fault as an internal error, not a rejection', () => {
    expect(() =>
      toInteractionResult(0, { route: 'r' }, { ok: false, error: { code: 'internal_error', message: 'boom' } }),
    ).toThrow(ApiError);
  });
});
