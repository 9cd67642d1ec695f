// The README walkthrough as an integrator writes it, against the TypeScript SDK that @hey-api/openapi-ts generates
// from contracts/ (issue 14, point 8): a token, seed example 2 dispatched through VCC Invoke, an agent signed in over
// GWS who is invited over CometD, and the release; an ICWS session watches the agent's user queue meanwhile. Every
// HTTP call goes through the generated SDK, typed by it: a contract change that breaks the SDK's types fails this
// file's strict compile. e2e/src/generated-clients.e2e-spec.ts generates the SDK into out/sdk (git-ignored), compiles
// this file with ./tsconfig.json and runs it against a started platform:
//   node out/program/walkthrough.js <gateway base URL> <file to record the payloads in>
// The CometD part is the repo's client (libs/gws-client): no generator reads AsyncAPI.
import { writeFile } from 'node:fs/promises';
import { GwsAgentClient } from '@switchboard/gws-client';
import { pollUntil } from '@switchboard/testing';
import { client as gwsClient } from './out/sdk/gws-v2/client.gen.js';
import type { Auth } from './out/sdk/gws-v2/core/auth.gen.js';
import { operateOnMe } from './out/sdk/gws-v2/index.js';
import { client as icwsClient } from './out/sdk/icws/client.gen.js';
import {
  createConnection,
  deleteConnection,
  getMessages,
  subscribeToQueues,
  type IcwsMessage,
  type QueueContentsMessage,
} from './out/sdk/icws/index.js';
import { client as vccClient } from './out/sdk/vcc-interactions/client.gen.js';
import { invoke, issueToken, type InteractionResult, type Invocation } from './out/sdk/vcc-interactions/index.js';

function commandLine(): { baseUrl: string; recordFile: string } {
  const [baseUrl, recordFile] = process.argv.slice(2);
  if (baseUrl === undefined || recordFile === undefined)
    throw new Error('usage: walkthrough.js <gateway base URL> <record file>');
  return { baseUrl, recordFile };
}
const { baseUrl, recordFile } = commandLine();

const AGENT = { username: 'AgentUsername', password: 'demo-password' };
const VCC_ACCEPT = 'application/vnd.newvoicemedia.v1+json';
const WAIT_MS = 15_000;

// Seed example 2 and, with the provider its dispatch named, seed example 5, as the README sends them.
const dispatch: Invocation = {
  provider: 'CrmIntegration',
  requests: [
    {
      action: 'dispatch',
      requestid: '8762187187',
      externalid: 'ObjectId_001',
      route: 'CrmCallRouting',
      linkeddata: [
        { type: 'clid', value: '+44123456789' },
        { type: 'url', label: 'Click me', value: 'https://developer.newvoicemedia.com' },
      ],
      routingdata: { interactiontype: 'nonlive' },
    },
  ],
};
const release: Invocation = {
  provider: 'CrmIntegration',
  requests: [{ action: 'release', requestid: '8762187190', externalid: 'ObjectId_001' }],
};

// Every call below passes `throwOnError: true`: an answer other than the contract's 2xx throws, and `data` is typed as
// that 2xx body.
for (const client of [vccClient, gwsClient, icwsClient]) client.setConfig({ baseUrl });
// GWS: Basic credentials, which the SDK asks for as `user:password` and encodes itself.
gwsClient.setConfig({
  auth: (auth: Auth) => (auth.scheme === 'basic' ? `${AGENT.username}:${AGENT.password}` : undefined),
});

async function tokenOfDemoIntegration(): Promise<string> {
  const { data } = await issueToken({
    throwOnError: true,
    body: {
      grant_type: 'client_credentials',
      client_id: 'demo-integration',
      client_secret: 'demo-integration-secret',
      scope: 'interactions:write',
    },
  });
  return data.access_token;
}

async function invokeOne(token: string, body: Invocation): Promise<InteractionResult> {
  const { data } = await invoke({ throwOnError: true, auth: token, headers: { Accept: VCC_ACCEPT }, body });
  const [result] = data.results;
  if (result === undefined) throw new Error(`Invoke answered no result: ${JSON.stringify(data)}`);
  return result;
}

async function startAgent(): Promise<GwsAgentClient> {
  await operateOnMe({ throwOnError: true, body: { operationName: 'StartContactCenterSession' } });
  const desktop = new GwsAgentClient(baseUrl, AGENT.username, AGENT.password);
  await desktop.connect();
  await operateOnMe({ throwOnError: true, body: { operationName: 'Ready' } });
  return desktop;
}

/** An ICWS session of the agent subscribed to its own user queue; `next` reads its messages until one matches. */
async function watchUserQueue(): Promise<{
  received: IcwsMessage[];
  next: (match: (message: QueueContentsMessage) => boolean) => Promise<QueueContentsMessage>;
  close: () => Promise<void>;
}> {
  const { data: session, response } = await createConnection({
    throwOnError: true,
    headers: { 'Accept-Language': 'en-us' },
    body: {
      __type: 'urn:inin.com:connection:icAuthConnectionRequestSettings',
      applicationName: 'SDK walkthrough',
      userID: AGENT.username,
      password: AGENT.password,
    },
  });
  const cookie = response.headers
    .getSetCookie()
    .map((setCookie) => setCookie.split(';')[0] ?? '')
    .join('; ');
  // Every session call carries the CSRF token and the session's cookie (icws_<sessionId>), sent back by hand: Node's
  // fetch keeps no cookies.
  const headers = { 'ININ-ICWS-CSRF-Token': session.csrfToken, Cookie: cookie };
  const path = { sessionId: session.sessionId, subscriptionId: 'mine' };
  await subscribeToQueues({
    throwOnError: true,
    headers,
    path,
    body: {
      queueIds: [{ queueType: 1, queueName: AGENT.username }],
      attributeNames: ['Eic_State', 'Eic_ObjectType', 'Eic_RemoteName'],
    },
  });
  const received: IcwsMessage[] = [];
  let passed = 0;
  const next = (match: (message: QueueContentsMessage) => boolean): Promise<QueueContentsMessage> =>
    pollUntil(
      async () => {
        const { data } = await getMessages({ throwOnError: true, headers, path: { sessionId: session.sessionId } });
        received.push(...data);
        const index = received.findIndex(
          (message, at) =>
            at >= passed && message.__type === 'urn:inin.com:queues:queueContentsMessage' && match(message),
        );
        const found = received[index];
        if (found?.__type !== 'urn:inin.com:queues:queueContentsMessage') return undefined;
        passed = index + 1;
        return found;
      },
      { timeoutMs: WAIT_MS, intervalMs: 100, what: 'an ICWS queue contents message' },
    );
  const close = async (): Promise<void> => {
    await deleteConnection({ throwOnError: true, headers, path: { sessionId: session.sessionId } });
  };
  return { received, next, close };
}

const desktop = await startAgent();
const icws = await watchUserQueue();
try {
  await icws.next((message) => !message.isDelta);
  const token = await tokenOfDemoIntegration();
  const dispatched = await invokeOne(token, dispatch);
  if (dispatched.outcome !== 'dispatched' || dispatched.interactionid === undefined)
    throw new Error(`not dispatched: ${JSON.stringify(dispatched)}`);
  const id = dispatched.interactionid;
  const invited = await desktop.waitFor((message) => message.id === id && message.state === 'Invited', WAIT_MS);
  await icws.next((message) => (message.interactionsAdded ?? []).some((entry) => entry.interactionId === id));

  const released = await invokeOne(token, release);
  if (released.outcome !== 'released') throw new Error(`not released: ${JSON.stringify(released)}`);
  const revoked = await desktop.waitFor((message) => message.id === id && message.state === 'Revoked', WAIT_MS);
  await icws.next((message) => (message.interactionsRemoved ?? []).includes(id));
  await operateOnMe({ throwOnError: true, body: { operationName: 'EndContactCenterSession' } });

  const recording = {
    invocations: [dispatch, release],
    results: [dispatched, released],
    invited,
    revoked,
    notifications: desktop.received,
    icwsMessages: icws.received,
  };
  await writeFile(recordFile, `${JSON.stringify(recording, null, 2)}\n`);
  console.log(`walked through: ${id} dispatched, ${AGENT.username} invited, released and revoked`);
} finally {
  await icws.close();
  await desktop.disconnect();
}
