import { describe, expect, it } from '@jest/globals';
import { headers } from '@nats-io/transport-node';
import { currentRequestId, runWithRequestId } from '@switchboard/logging';
import { answerInRequestOf, REQUEST_ID_HEADER, requestIdHeaders } from './request-id-header.js';

const messageWith = (requestId: string): { headers: ReturnType<typeof headers> } => {
  const sent = headers();
  sent.set(REQUEST_ID_HEADER, requestId);
  return { headers: sent };
};

describe('the request id header', () => {
  it('is sent with a bus request made for a request, and not with one made outside any', () => {
    expect(requestIdHeaders()).toBeUndefined();
    expect(runWithRequestId('abc-123', () => requestIdHeaders()?.get(REQUEST_ID_HEADER))).toBe('abc-123');
  });

  it('puts the answer in the request the header names', async () => {
    const seen = await answerInRequestOf(messageWith('abc-123'), async () => {
      await Promise.resolve();
      return currentRequestId();
    });
    expect(seen).toBe('abc-123');
  });

  it('answers a message with no header, or one that is not an acceptable id, outside any request', () => {
    expect(answerInRequestOf({}, () => currentRequestId())).toBeUndefined();
    expect(answerInRequestOf(messageWith('x'.repeat(500)), () => currentRequestId())).toBeUndefined();
    expect(answerInRequestOf(messageWith('abc def'), () => currentRequestId())).toBeUndefined();
  });

  it('goes from one hop to the next: what a service sends while answering carries the same id', () => {
    const forwarded = answerInRequestOf(messageWith('abc-123'), () => requestIdHeaders()?.get(REQUEST_ID_HEADER));
    expect(forwarded).toBe('abc-123');
  });
});
