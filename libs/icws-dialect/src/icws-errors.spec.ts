import { describe, expect, it } from '@jest/globals';
import { ICWS_ERROR_ID, icwsErrorBody, icwsErrorIdOfRefusal } from './icws-errors.js';

describe('ICWS error bodies', () => {
  it('are {__type, errorId, message}, with no propertyName when no property is at fault', () => {
    expect(icwsErrorBody(ICWS_ERROR_ID.sessionInvalid, 'The session is not valid.')).toStrictEqual({
      __type: 'urn:inin.com:common:error',
      errorId: 'error.request.session.invalid',
      message: 'The session is not valid.',
    });
  });

  it('take the property subtypes only for the property errorIds, naming the property', () => {
    expect(icwsErrorBody(ICWS_ERROR_ID.missingProperty, 'm', 'target')).toStrictEqual({
      __type: 'urn:inin.com:common:missingPropertyError',
      errorId: 'error.request.invalidRepresentation.missingRequiredParameter',
      message: 'm',
      propertyName: 'target',
    });
    expect(icwsErrorBody(ICWS_ERROR_ID.invalidProperty, 'm', '__type').__type).toBe(
      'urn:inin.com:common:invalidPropertyError',
    );
    expect(icwsErrorBody(ICWS_ERROR_ID.queueNotFound, 'm', 'queueIds')).toMatchObject({
      __type: 'urn:inin.com:common:error',
      propertyName: 'queueIds',
    });
  });
});

describe('the errorIds of domain refusals', () => {
  it('say whose the missing thing is: a queue, an interaction, a user', () => {
    expect(icwsErrorIdOfRefusal('route_not_found')).toBe('error.queue.notFound');
    expect(icwsErrorIdOfRefusal('not_offered_to_agent')).toBe('error.interaction.notFound');
    expect(icwsErrorIdOfRefusal('unknown_agent')).toBe('error.user.notFound');
    expect(icwsErrorIdOfRefusal('offer_expired')).toBe('error.interaction.invalidState');
  });
});
