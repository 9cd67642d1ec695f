// 10,000 generated ICWS requests, mutated from valid ones so that each one that could change something must be
// refused: none answered ≥ 500, none left unanswered after 5 s, none of those accepted, and the tenant's
// interactions and agents unchanged afterwards.
import { describe, expect, it } from '@jest/globals';
import {
  bodyText,
  contentType,
  expectNothingAccepted,
  mutateObject,
  oddString,
  oddValue,
  Rng,
  sendAll,
  tenantState,
  urlPart,
  type FuzzRequest,
} from './support/fuzz.js';
import { ICWS_MEDIA_TYPE, IcwsSession } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const REQUESTS = 10_000;
const PARALLEL = 32;
const AGENTS = ['AgentUsername', 'MyUserName'];
const suite = usePlatform(() => ({ RATE_LIMIT_PER_MINUTE: '1000000', AUTH_FAILURES_PER_MINUTE: '1000000' }));

const ACTIONS = ['pickup', 'disconnect', 'hold', 'mute', 'pause', 'record', 'park', 'blind-transfer', 'nonsense'];

/** A field value no contract allows (the wrong type, empty, or past its length limit). */
const invalid = (rng: Rng): unknown => rng.pick([undefined, '', 'x'.repeat(2_001), 5, null, [], {}, true]);

function generate(rng: Rng, sessions: readonly IcwsSession[]): FuzzRequest {
  const session = rng.pick(sessions);
  const credentials = (): Record<string, string | undefined> => ({
    cookie: rng.chance(0.9) ? session.cookie : rng.pick([undefined, `${session.cookie}x`, 'icws_x=y']),
    'ININ-ICWS-CSRF-Token': rng.chance(0.9)
      ? session.csrfToken
      : rng.pick([undefined, '', `${session.csrfToken}x`, oddString(rng).replace(/[^\x20-\x7e]/g, '')]),
    accept: ICWS_MEDIA_TYPE,
  });
  const sessionId = rng.chance(0.9) ? session.sessionId : urlPart(oddString(rng).slice(0, 200), rng);
  const unknownInteraction = (): string =>
    urlPart(rng.chance(0.7) ? String(1e9 + rng.int(1e9)) : oddString(rng).slice(0, 200), rng);
  /** `defect` is applied after the random mutations, which could otherwise repair it. */
  const send = (
    method: FuzzRequest['method'],
    path: string,
    seed: Record<string, unknown> | undefined,
    mustBeRefused: boolean,
    defect: (body: Record<string, unknown>) => Record<string, unknown> = (body) => body,
  ): FuzzRequest => {
    if (seed === undefined) return { method, path, headers: credentials(), mustBeRefused };
    let body = seed;
    for (let i = rng.int(3); i > 0; i -= 1) body = mutateObject(body, rng);
    body = defect(body);
    return {
      method,
      path,
      headers: { ...credentials(), 'content-type': contentType(rng, ICWS_MEDIA_TYPE) },
      body: bodyText(body, rng),
      mustBeRefused,
    };
  };
  switch (rng.int(10)) {
    case 0: {
      // sign-ins, never with the right password: a session signs the agent in
      const settings = {
        __type: 'urn:inin.com:connection:icAuthConnectionRequestSettings',
        applicationName: oddString(rng),
        userID: rng.pick(AGENTS),
        password: rng.pick(['wrong', '', oddValue(rng)]),
      };
      const request = send('POST', '/icws/connection', settings, true);
      return {
        ...request,
        headers: {
          'content-type': request.headers['content-type'],
          'accept-language': rng.pick(['en-us', undefined, oddString(rng).replace(/[^\x20-\x7e]/g, '')]),
        },
      };
    }
    case 1: {
      const seeds: Array<[Record<string, unknown>, string]> = [
        [
          {
            __type: 'urn:inin.com:interactions:createCallParameters',
            target: '555-0123',
            workgroup: 'Support',
            additionalAttributes: { Eic_Note: oddString(rng) },
          },
          'target',
        ],
        [
          {
            __type: 'urn:inin.com:interactions.callback:createCallbackParameters',
            target: '555-0123',
            targetQueue: { queueType: 2, queueName: 'Support' },
            subject: 'x',
          },
          rng.pick(['target', 'targetQueue', 'subject']),
        ],
        [
          {
            __type: 'urn:inin.com:interactions:createGenericInteractionParameters',
            queueId: { queueType: 2, queueName: 'Support' },
            remoteName: oddString(rng),
          },
          'queueId',
        ],
        [{ __type: 'urn:inin.com:interactions:createCallParameters', target: '555-0123' }, '__type'],
      ];
      const [seed, field] = rng.pick(seeds);
      // an empty subject is allowed (it has no minimum length)
      const wrong =
        field === '__type'
          ? rng.pick([oddString(rng), 'urn:inin.com:interactions:createcallparameters', oddValue(rng), undefined])
          : field === 'subject'
            ? 'x'.repeat(2_001)
            : invalid(rng);
      return send('POST', `/icws/${sessionId}/interactions`, seed, true, (body) => ({ ...body, [field]: wrong }));
    }
    case 2:
      return send(
        'POST',
        `/icws/${sessionId}/interactions/${unknownInteraction()}`,
        {
          attributes: rng.chance(0.5) ? { Eic_Note: oddString(rng) } : oddValue(rng),
          appendMode: rng.pick([0, 1, 2, 3, '1']),
          separator: oddString(rng),
        },
        true,
      );
    case 3:
      return send(
        'POST',
        `/icws/${sessionId}/interactions/${unknownInteraction()}/${rng.pick(ACTIONS)}`,
        rng.pick([
          undefined,
          { on: oddValue(rng) },
          { target: rng.pick(['user:alice', oddString(rng)]), queueID: oddValue(rng) },
        ]),
        true,
      );
    case 4: {
      const subscription = {
        queueIds: [{ queueType: 1, queueName: 'AgentUsername' }],
        attributeNames: rng.pick([['Eic_State'], [oddString(rng)]]),
      };
      const queueIds = rng.pick([
        [],
        oddValue(rng),
        Array.from({ length: 101 }, () => ({ queueType: 1, queueName: 'AgentUsername' })),
        [{ queueType: 1 }],
        undefined,
      ]);
      const path = `/icws/${sessionId}/messaging/subscriptions/queues/${urlPart(rng.pick(['fuzz', oddString(rng).slice(0, 100)]), rng)}`;
      return send('PUT', path, subscription, true, (body) => ({ ...body, queueIds }));
    }
    case 5:
      return send('DELETE', `/icws/${urlPart(oddString(rng).slice(0, 100), rng)}/connection`, undefined, true);
    case 6:
      return send(
        'DELETE',
        `/icws/${sessionId}/messaging/subscriptions/queues/${urlPart(`fuzz-${rng.int(1e6)}`, rng)}`,
        undefined,
        false,
      );
    default: {
      // reads and heartbeats: they may succeed, they must change nothing
      const path = rng.pick([
        `/icws/${sessionId}/connection`,
        `/icws/${sessionId}/interactions/${unknownInteraction()}?select=${urlPart(oddString(rng).slice(0, 200), rng)}`,
        `/icws/${sessionId}/messaging/messages`,
        `/icws/connection/${rng.pick(['version', 'features', 'nothing'])}`,
        `/icws/${urlPart(oddString(rng).slice(0, 100), rng)}`,
      ]);
      return rng.chance(0.2)
        ? send('POST', `/icws/${sessionId}/messaging/heartbeat`, undefined, false)
        : send('GET', path, undefined, false);
    }
  }
}

describe('fuzzing ICWS', () => {
  it('answers 10,000 generated requests below 500, within 5 s, refusing every one that would change something', async () => {
    const sessions = await Promise.all(AGENTS.map((agent) => IcwsSession.open(suite.platform.baseUrl, agent)));
    const rng = new Rng(20261207);
    const requests = Array.from({ length: REQUESTS }, () => generate(rng, sessions));
    const before = await tenantState(suite.platform.baseUrl, AGENTS);
    const outcome = await sendAll(
      suite.platform.baseUrl,
      requests,
      PARALLEL,
      (status) => status >= 200 && status < 300,
    );
    expectNothingAccepted('ICWS', requests.length, outcome);
    expect(await tenantState(suite.platform.baseUrl, AGENTS)).toEqual(before);
  }, 240_000);
});
