import { describe, expect, it } from '@jest/globals';
import { icwsDocument, OpenApiValidator } from '@switchboard/contracts';
import { ApiError } from '../errors/api-error.js';
import { validBody } from '../errors/valid-body.js';
import { icwsErrors } from './icws-errors.js';
import { icwsFailure } from './icws-failures.js';

const validator = new OpenApiValidator(icwsDocument, 'icws');
const validateCreate = validator.requestBody(
  'post',
  '/icws/{sessionId}/interactions',
  'application/vnd.inin.icws+json',
);

/** What the client would read: the rendered ICWS error of a body the contract refuses. */
function answerTo(body: unknown): { status: number; body: Record<string, unknown> } {
  try {
    validBody(validateCreate, body);
  } catch (error) {
    if (error instanceof ApiError) return icwsErrors.render(error);
  }
  throw new Error('expected the body to be refused');
}

describe('ICWS request bodies', () => {
  it('accept each documented create parameters type', () => {
    const call = {
      __type: 'urn:inin.com:interactions:createCallParameters',
      target: '3175551234',
      workgroup: 'CrmCallRouting',
    };
    expect(validBody(validateCreate, call)).toBe(call);
  });

  it('refuse an unknown __type as an invalid property', () => {
    expect(answerTo({ __type: 'urn:inin.com:interactions:createFaxParameters', target: '1' })).toMatchObject({
      status: 400,
      body: {
        __type: 'urn:inin.com:common:invalidPropertyError',
        errorId: 'error.request.invalidRepresentation.invalidProperty',
        propertyName: '__type',
      },
    });
  });

  it('refuse a missing __type or required property as a missing property, naming it', () => {
    expect(answerTo({ target: '1' })).toMatchObject({
      status: 400,
      body: { __type: 'urn:inin.com:common:missingPropertyError', propertyName: '__type' },
    });
    expect(
      answerTo({ __type: 'urn:inin.com:interactions.callback:createCallbackParameters', target: '1', subject: 's' }),
    ).toMatchObject({
      body: { errorId: 'error.request.invalidRepresentation.missingRequiredParameter', propertyName: 'targetQueue' },
    });
    expect(answerTo(undefined)).toMatchObject({ status: 400, body: { __type: 'urn:inin.com:common:error' } });
  });
});

describe('domain refusals in ICWS', () => {
  const refusal = (code: Parameters<typeof icwsFailure>[0]['error']['code']) =>
    icwsErrors.render(icwsFailure({ ok: false, error: { code, message: 'm' } }));

  it('say not found for an unknown interaction or one of someone else', () => {
    expect(refusal('interaction_not_found')).toMatchObject({
      status: 404,
      body: { errorId: 'error.interaction.notFound', message: 'm' },
    });
    expect(refusal('not_offered_to_agent').status).toBe(404);
  });

  it('tell a queue that does not exist (404) from one the user may not see (403)', () => {
    expect(refusal('queue_not_found')).toMatchObject({ status: 404, body: { errorId: 'error.queue.notFound' } });
    expect(refusal('queue_not_visible')).toMatchObject({
      status: 403,
      body: { errorId: 'error.request.accessDenied' },
    });
  });

  it('refuse what the provider does not permit (403) and what the state does not allow (400)', () => {
    expect(refusal('action_not_permitted').status).toBe(403);
    expect(refusal('invalid_state')).toMatchObject({
      status: 400,
      body: { errorId: 'error.interaction.invalidState' },
    });
  });
});
