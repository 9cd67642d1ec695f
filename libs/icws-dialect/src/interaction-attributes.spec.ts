import { describe, expect, it } from '@jest/globals';
import type { InteractionSnapshot } from '@switchboard/contracts';
import {
  icwsDate,
  interactionAttributes,
  isReservedAttribute,
  type IcwsAttributeSource,
  type IcwsPlace,
} from './interaction-attributes.js';

const INITIATED = Date.parse('2026-11-21T16:17:00.123Z');
const CONNECTED = Date.parse('2026-11-21T16:18:05Z');

const snapshot: InteractionSnapshot = {
  id: '100000007',
  route: 'CrmCallRouting',
  interactionType: 'live',
  mediaType: 'Call',
  clid: '+441234567890',
  name: 'Jo Caller',
  remoteId: 'crm-42',
  subject: 'Billing',
  direction: 'outbound',
  properties: {},
  skills: [],
  queuedAt: new Date(INITIATED).toISOString(),
  userData: { CustomerTier: 'Gold', Visits: 3, Address: { city: 'Leeds' } },
};
const source = (overrides: Partial<IcwsAttributeSource> = {}): IcwsAttributeSource => ({
  snapshot,
  place: 'connected',
  agentUsername: 'AgentUsername',
  initiatedAt: INITIATED,
  connectedAt: CONNECTED,
  ...overrides,
});

describe('ICWS interaction attributes', () => {
  it.each<[IcwsPlace, string, string]>([
    ['initializing', 'S', 'Initializing'],
    ['waiting', 'O', 'Offering'],
    ['offered', 'A', 'Alerting'],
    ['connected', 'C', 'Connected'],
    ['held', 'H', 'On Hold'],
    ['parked', 'P', 'Parked'],
  ])('shows an interaction %s as Eic_State %s (%s)', (place, code, text) => {
    expect(interactionAttributes(source({ place }), ['Eic_State', 'Eic_CallStateString'])).toEqual({
      Eic_State: code,
      Eic_CallStateString: text,
    });
  });

  it('answers only the id, as Eic_CallId, when no names are asked', () => {
    expect(interactionAttributes(source())).toEqual({ Eic_CallId: '100000007' });
  });

  it('matches names in any case and answers each under the name as asked; an unknown name is empty', () => {
    expect(interactionAttributes(source(), ['EIC_STATE', 'eic_remoteaddress', 'customertier', 'NoSuchThing'])).toEqual({
      EIC_STATE: 'C',
      eic_remoteaddress: '+441234567890',
      customertier: 'Gold',
      NoSuchThing: '',
    });
  });

  it('computes the standard attributes from the snapshot, every value a string', () => {
    const names = [
      'Eic_CallId',
      'Eic_CallIdKey',
      'Eic_InteractionId',
      'Eic_ObjectType',
      'Eic_CallDirection',
      'Eic_CallType',
      'Eic_RemoteName',
      'Eic_RemoteAddress',
      'Eic_RemoteId',
      'Eic_WorkgroupName',
      'Eic_UserName',
      'Eic_Subject',
      'Eic_InitiationTime',
      'Eic_ConnectTime',
      'Eic_Muted',
      'Eic_Private',
      'Eic_Recorders',
      'Eic_RecordersSupv',
      'Eic_RecordingPaused',
    ];
    expect(interactionAttributes(source(), names)).toEqual({
      Eic_CallId: '100000007',
      Eic_CallIdKey: '10000000720261121',
      Eic_InteractionId: '100000007',
      Eic_ObjectType: 'Call',
      Eic_CallDirection: 'O',
      Eic_CallType: 'E',
      Eic_RemoteName: 'Jo Caller',
      Eic_RemoteAddress: '+441234567890',
      Eic_RemoteId: 'crm-42',
      Eic_WorkgroupName: 'CrmCallRouting',
      Eic_UserName: 'AgentUsername',
      Eic_Subject: 'Billing',
      Eic_InitiationTime: '20261121T161700Z',
      Eic_ConnectTime: '20261121T161805Z',
      Eic_Muted: '0',
      Eic_Private: '0',
      Eic_Recorders: '',
      Eic_RecordersSupv: '',
      Eic_RecordingPaused: '0',
    });
  });

  it('shows mute and recorders as ICWS flags and comma-joined usernames', () => {
    const recorded = {
      ...snapshot,
      muted: true,
      recorders: ['AgentUsername', 'alice'],
      supervisorRecorders: ['sam'],
      recordingPaused: true,
    };
    expect(
      interactionAttributes(source({ snapshot: recorded }), [
        'Eic_Muted',
        'Eic_Recorders',
        'Eic_RecordersSupv',
        'Eic_RecordingPaused',
      ]),
    ).toEqual({
      Eic_Muted: '1',
      Eic_Recorders: 'AgentUsername,alice',
      Eic_RecordersSupv: 'sam',
      Eic_RecordingPaused: '1',
    });
  });

  it('leaves what is not known empty: no agent, never connected, no remote party; inbound unless outbound', () => {
    const bare: InteractionSnapshot = {
      id: '1',
      route: '',
      interactionType: 'nonlive',
      mediaType: 'API Object',
      properties: {},
      skills: [],
      queuedAt: snapshot.queuedAt,
    };
    const { agentUsername: _agent, connectedAt: _connected, ...waiting } = source({ snapshot: bare, place: 'waiting' });
    expect(
      interactionAttributes(waiting, [
        'Eic_UserName',
        'Eic_ConnectTime',
        'Eic_RemoteName',
        'Eic_RemoteAddress',
        'Eic_WorkgroupName',
        'Eic_CallDirection',
      ]),
    ).toEqual({
      Eic_UserName: '',
      Eic_ConnectTime: '',
      Eic_RemoteName: '',
      Eic_RemoteAddress: '',
      Eic_WorkgroupName: '',
      Eic_CallDirection: 'I',
    });
  });

  it.each([
    ['Call', 'live', 'Call'],
    ['voice', 'live', 'Call'],
    ['chat', 'chat', 'Chat'],
    ['Email', 'nonlive', 'Email'],
    ['Callback', 'nonlive', 'Callback'],
    ['Generic', 'nonlive', 'Generic Object'],
    ['API Object', 'nonlive', 'Generic Object'],
    ['Video', 'live', 'Call'],
  ] as const)('names media type %s (%s) Eic_ObjectType %s', (mediaType, interactionType, objectType) => {
    expect(
      interactionAttributes(source({ snapshot: { ...snapshot, mediaType, interactionType } }), ['Eic_ObjectType']),
    ).toEqual({ Eic_ObjectType: objectType });
  });

  it('shows custom attributes (user data): strings as they are, other JSON values as JSON text; Eic_ names are never user data', () => {
    const shadowing = { ...snapshot, userData: { ...snapshot.userData, Eic_State: 'Z' } };
    expect(
      interactionAttributes(source({ snapshot: shadowing }), ['CustomerTier', 'Visits', 'Address', 'Eic_State']),
    ).toEqual({
      CustomerTier: 'Gold',
      Visits: '3',
      Address: '{"city":"Leeds"}',
      Eic_State: 'C',
    });
  });

  it('writes ICWS dates in ISO 8601 basic form, to the second, in UTC', () => {
    expect(icwsDate(INITIATED)).toBe('20261121T161700Z');
  });

  it('treats names that are also Object.prototype properties as the plain names they are', () => {
    const attributes = interactionAttributes(source(), ['constructor', '__proto__', 'toString', 'hasOwnProperty']);
    expect(Object.keys(attributes)).toEqual(['constructor', '__proto__', 'toString', 'hasOwnProperty']);
    for (const value of Object.values(attributes)) expect(value).toBe('');
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
  });
});

describe('reserved attributes', () => {
  it('are the Eic_ ones, whatever their case', () => {
    expect(isReservedAttribute('Eic_State')).toBe(true);
    expect(isReservedAttribute('EIC_muted')).toBe(true);
    expect(isReservedAttribute('CaseNumber')).toBe(false);
    expect(isReservedAttribute('MyEic_thing')).toBe(false);
  });
});
