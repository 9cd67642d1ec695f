// 10,000 generated GWS requests, mutated from valid ones so that each must be refused: none answered ≥ 500, none
// left unanswered after 5 s, none accepted, and the tenant's interactions and agents unchanged afterwards.
import { describe, expect, it } from '@jest/globals';
import {
  badAuthorization,
  basicAuth,
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
import { usePlatform } from './support/platform-suite.js';

const REQUESTS = 10_000;
const PARALLEL = 32;
const AGENTS = ['AgentUsername', 'alice', 'bob'];
const suite = usePlatform(() => ({ RATE_LIMIT_PER_MINUTE: '1000000', AUTH_FAILURES_PER_MINUTE: '1000000' }));

const INTERACTION_OPERATIONS = [
  'Accept',
  'Reject',
  'Cancel',
  'Complete',
  'StopProcessing',
  'PlaceInQueue',
  'SingleStepTransfer',
  'Transfer',
  'AttachUserData',
  'UpdateUserData',
  'DeleteUserData',
  'PlaceInWorkbin',
  'GetWorkbinContent',
  'Retrieve',
];

/** An operation name that is not one: the valid ones would change the agent's state. */
function wrongOperationName(rng: Rng, valid: readonly string[]): unknown {
  const name = rng.pick(valid);
  return rng.pick([
    name.toLowerCase(),
    `${name} `,
    `${name}\u0000`,
    name.toUpperCase(),
    oddValue(rng),
    oddString(rng),
    undefined,
  ]);
}

/** An id nothing has: every interaction and workbin operation on it is refused, whatever its body. */
const unknownId = (rng: Rng): string =>
  urlPart(rng.chance(0.7) ? `fuzz-${rng.int(1e9)}` : oddString(rng).slice(0, 300), rng);

function generate(rng: Rng): FuzzRequest {
  const agent = rng.pick(AGENTS);
  const authorization = rng.chance(0.85) ? basicAuth(agent) : badAuthorization(rng);
  const post = (path: string, seed: Record<string, unknown>): FuzzRequest => {
    let body = seed;
    for (let i = rng.int(3); i > 0; i -= 1) body = mutateObject(body, rng);
    return {
      method: 'POST',
      path,
      headers: { authorization, 'content-type': contentType(rng, 'application/json') },
      body: bodyText(body, rng),
      mustBeRefused: true,
    };
  };
  switch (rng.int(9)) {
    case 0:
      return post('/api/v2/me', {
        operationName: wrongOperationName(rng, [
          'StartContactCenterSession',
          'EndContactCenterSession',
          'Ready',
          'NotReady',
        ]),
        channels: ['workitem'],
      });
    case 1:
      return post(`/api/v2/me/channels/${rng.pick(['workitem', 'voice', 'chat', unknownId(rng)])}`, {
        operationName: wrongOperationName(rng, ['Ready', 'NotReady']),
        reason: 'x',
      });
    case 2:
    case 3:
      return post(`/api/v2/me/interactions/${unknownId(rng)}`, {
        operationName: rng.pick(INTERACTION_OPERATIONS),
        userData: rng.chance(0.5) ? { key: oddValue(rng) } : oddValue(rng),
        queueName: rng.pick(['CrmCallRouting', oddString(rng)]),
        userId: rng.pick(['5465', 'alice', oddString(rng)]),
      });
    case 4:
      return post(`/api/v2/me/workbins/${unknownId(rng)}`, { operationName: rng.pick(['Subscribe', 'Unsubscribe']) });
    case 5:
      return post(`/api/v2/workbins/${unknownId(rng)}`, {
        operationName: rng.pick(['AddWorkitem', 'PullInteraction', 'PullWorkitem']),
        id: `fuzz-${rng.int(1e9)}`,
      });
    case 6:
      return post('/api/v2/me/interactions', {
        operationName: wrongOperationName(rng, ['GetWorkbinContent']),
        workbin: 'FollowUp',
      });
    default: {
      // reads: odd queries, ids and credentials; they may succeed, they must change nothing
      const path = rng.pick([
        `/api/v2/interactions?offset=${urlPart(oddString(rng).slice(0, 50), rng)}&limit=${rng.pick(['-1', '0', '1e9', 'x', '100000'])}`,
        `/api/v2/interactions/${unknownId(rng)}`,
        `/api/v2/me/interactions?fields=${urlPart(oddString(rng).slice(0, 100), rng)}`,
        `/api/v2/me/workbins/${unknownId(rng)}`,
        `/api/v2/workbins/${unknownId(rng)}/workitems`,
        `/api/v2/me?${urlPart(oddString(rng).slice(0, 100), rng)}`,
      ]);
      return {
        method: 'GET',
        path,
        headers: { authorization: rng.chance(0.5) ? basicAuth('sam') : authorization },
        mustBeRefused: false,
      };
    }
  }
}

/** GWS accepts with HTTP 200 and statusCode 0 (an operation refused in the domain is a 200 with another statusCode). */
function gwsAccepted(status: number, text: string): boolean {
  if (status < 200 || status >= 300) return false;
  try {
    return (JSON.parse(text) as { statusCode?: unknown }).statusCode === 0;
  } catch {
    return true;
  }
}

describe('fuzzing GWS', () => {
  it('answers 10,000 generated requests below 500, within 5 s, refusing every one that would change something', async () => {
    const rng = new Rng(20261206);
    const requests = Array.from({ length: REQUESTS }, () => generate(rng));
    const before = await tenantState(suite.platform.baseUrl, AGENTS);
    const outcome = await sendAll(suite.platform.baseUrl, requests, PARALLEL, gwsAccepted);
    expectNothingAccepted('GWS', requests.length, outcome);
    expect(await tenantState(suite.platform.baseUrl, AGENTS)).toEqual(before);
  }, 240_000);
});
