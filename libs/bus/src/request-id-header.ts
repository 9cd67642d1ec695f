import { headers, type MsgHdrs } from '@nats-io/transport-node';
import { acceptedRequestId, currentRequestId, runWithRequestId } from '@switchboard/logging';

/**
 * The header a bus request carries the id of the request that caused it in (an HTTP request at the gateway), so the
 * lines the answering service writes for it can be found with the gateway's. Only on requests: the events stored in
 * the log are facts, the same whoever asked.
 */
export const REQUEST_ID_HEADER = 'Switchboard-Request-Id';

/** Headers naming the request the current work is done for; none outside one. */
export function requestIdHeaders(): MsgHdrs | undefined {
  const requestId = currentRequestId();
  if (requestId === undefined) return undefined;
  const sent = headers();
  sent.set(REQUEST_ID_HEADER, requestId);
  return sent;
}

/**
 * Runs `answer` as part of the request the message's header names, if it names an acceptable one: another process's
 * header is checked like a client's (length, characters) before it reaches a log line.
 */
export function answerInRequestOf<T>(message: { headers?: MsgHdrs }, answer: () => T): T {
  const requestId = acceptedRequestId(message.headers?.get(REQUEST_ID_HEADER));
  return requestId === undefined ? answer() : runWithRequestId(requestId, answer);
}
