/**
 * The Bayeux messages of a CometD request body, or why it holds none. cometd-nodejs-server trusts its input: a
 * body that is not an array of message objects (`"x"`, `1`, `null`, `{}`) leaves the request unanswered, and a
 * message with a field of the wrong type fails inside it with an empty 500. So everything reaching it is checked
 * here first, and anything else is a 400 — what the CometD server itself answers a body it cannot parse.
 */
export const MAX_MESSAGES_PER_REQUEST = 100;

export type BayeuxMessage = Record<string, unknown> & { channel: string };

const CHANNEL = /^\/[^\s*]*(\/\*{1,2})?$/;
const MAX_CHANNEL_LENGTH = 256;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isChannel = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_CHANNEL_LENGTH && CHANNEL.test(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_MESSAGES_PER_REQUEST && value.every((item) => typeof item === 'string');
const isFiniteNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);

/** What each optional field must be when present (the Bayeux 1.0 message fields the server reads). */
const FIELD_CHECKS: Record<string, (value: unknown) => boolean> = {
  id: (value) => typeof value === 'string' || isFiniteNumber(value),
  clientId: (value) => typeof value === 'string',
  version: (value) => typeof value === 'string',
  minimumVersion: (value) => typeof value === 'string',
  connectionType: (value) => typeof value === 'string',
  supportedConnectionTypes: isStringArray,
  subscription: (value) => isChannel(value) || (isStringArray(value) && value.every(isChannel)),
  ext: isObject,
  advice: (value) =>
    isObject(value) &&
    ['timeout', 'interval'].every((name) => value[name] === undefined || isFiniteNumber(value[name])),
};

function refusalOf(message: unknown, index: number): string | undefined {
  if (!isObject(message)) return `message ${index} is not an object`;
  if (!isChannel(message.channel)) return `message ${index} has no valid channel`;
  for (const [field, check] of Object.entries(FIELD_CHECKS)) {
    if (message[field] !== undefined && !check(message[field])) return `message ${index} has an invalid ${field}`;
  }
  return undefined;
}

/** The messages of a body (one message object or an array of them), or the reason it is not a Bayeux request. */
export function bayeuxMessagesOf(body: unknown): { messages: BayeuxMessage[] } | { refusal: string } {
  const messages: unknown[] = Array.isArray(body) ? body : [body];
  if (messages.length === 0) return { refusal: 'the body holds no Bayeux message' };
  if (messages.length > MAX_MESSAGES_PER_REQUEST)
    return { refusal: `at most ${MAX_MESSAGES_PER_REQUEST} Bayeux messages per request` };
  for (const [index, message] of messages.entries()) {
    const refusal = refusalOf(message, index);
    if (refusal !== undefined) return { refusal: `not a Bayeux request: ${refusal}` };
  }
  const valid = messages as BayeuxMessage[];
  // the server answers a handshake batched with anything else with an empty 500 ("protocol violation")
  if (valid.length > 1 && valid.some((message) => message.channel === '/meta/handshake')) {
    return { refusal: 'not a Bayeux request: a handshake must be sent alone' };
  }
  return { messages: valid };
}
