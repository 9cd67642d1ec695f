// Readiness that routing itself changes reaches the agent on CometD /v2/me/channels like the agent's own changes
// (GWS ChannelStateChangeMessageV2): not ready "missed" after an offer it let time out (or rejected), not ready
// "wrap-up" after completing work whose route has a wrap-up time, and ready again when the wrap-up ends. The demo
// tenant gets two routes with short timers for it. Every response is checked against the OpenAPI contract, every
// notification against the AsyncAPI one.
import { describe, expect, it } from '@jest/globals';
import type { ChannelStateChangeMessageV2 } from '@switchboard/contracts';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { assertReceivedContract, notification } from './support/agents.js';
import { bodyOf } from './support/contract-http.js';
import { useDemoConfigVariant } from './support/demo-config-variant.js';
import * as gws from './support/gws-steps.js';
import { ACCEPTED } from './support/gws-steps.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;

const variant = useDemoConfigVariant((tenant) => {
  tenant.routes.push({ name: 'MissedOffers', plan: 'missed-offers' }, { name: 'QuickWrapUp', plan: 'quick-wrap-up' });
  tenant.plans['missed-offers'] = {
    initial: 'route',
    applets: { route: { type: 'acd', mode: 'longest-waiting', offerTimeoutSeconds: 1 } },
  };
  tenant.plans['quick-wrap-up'] = {
    initial: 'route',
    applets: { route: { type: 'acd', mode: 'longest-waiting', offerTimeoutSeconds: 120, wrapUpSeconds: 1 } },
  };
});
const suite = usePlatform(() => ({ SWITCHBOARD_CONFIG_DIR: variant.configDir }));

async function dispatch(externalid: string, route: string): Promise<string> {
  const [result] = await suite.http.invokeResults({ requests: [{ externalid, route }] });
  expect(result).toMatchObject({ outcome: 'dispatched' });
  return result?.interactionid ?? '';
}

async function release(externalid: string): Promise<void> {
  expect(await suite.http.invokeResults({ requests: [{ action: 'release', externalid }] })).toEqual([
    expect.objectContaining({ outcome: 'released' }),
  ]);
}

/** Every channel's state, with its reason: `Ready`, `NotReady:missed`, … */
const statesOf = (message: ChannelStateChangeMessageV2): string[] =>
  message.channels.map(({ userState }) =>
    userState.reason === undefined ? userState.state : `${userState.state}:${userState.reason}`,
  );
const everyChannel = (state: string): string[] => [state, state, state];

/** Waits for the agent's n-th readiness message (counting from 1), and answers them all. */
async function readiness(desktop: GwsAgentClient, count: number): Promise<string[][]> {
  await desktop.waitForChannelMessage(() => desktop.channelMessages.length >= count);
  return desktop.channelMessages.map(statesOf);
}

describe('readiness routing changes, on /v2/me/channels', () => {
  it(
    'pushes not ready (missed) when the agent lets an offer time out or rejects it',
    async () => {
      const { credentials, desktop } = await gws.readyDesktop(suite, 'carol');
      expect(await readiness(desktop, 1)).toEqual([everyChannel('Ready')]);

      const late = await dispatch('RR-LATE', 'MissedOffers');
      await notification(desktop, { state: 'Invited', id: late });
      await notification(desktop, { state: 'Revoked', id: late }); // the offer timed out
      expect(await readiness(desktop, 2)).toEqual([everyChannel('Ready'), everyChannel('NotReady:missed')]);
      expect(await suite.http.user(credentials)).toMatchObject({ loggedIn: true, ready: false });
      await release('RR-LATE');

      expect(await suite.http.operateStatus(credentials, 'Ready')).toEqual({ statusCode: 0 });
      const refused = await dispatch('RR-REJECTED', 'MissedOffers');
      await notification(desktop, { state: 'Invited', id: refused });
      expect(await gws.operationStatus(suite, credentials, refused, { operationName: 'Reject' })).toEqual(ACCEPTED);
      await notification(desktop, { state: 'Revoked', id: refused });
      expect(await readiness(desktop, 4)).toEqual([
        everyChannel('Ready'),
        everyChannel('NotReady:missed'),
        everyChannel('Ready'),
        everyChannel('NotReady:missed'),
      ]);
      await release('RR-REJECTED');
      assertReceivedContract(desktop);
      expect(await suite.http.operateStatus(credentials, 'EndContactCenterSession')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'pushes not ready (wrap-up) when the agent completes work with a wrap-up time, then ready again when it ends',
    async () => {
      const { credentials, desktop } = await gws.readyDesktop(suite, 'bob');
      // bob closed chat himself: the end of wrap-up opens what routing closed, not what he did
      expect(
        bodyOf(
          await suite.http.operateOnChannel(credentials, 'chat', { operationName: 'NotReady' }),
          200,
          'StatusResponse',
        ),
      ).toEqual({ statusCode: 0 });
      const id = await dispatch('RR-WRAP-UP', 'QuickWrapUp');
      await notification(desktop, { state: 'Invited', id });
      expect(await gws.operationStatus(suite, credentials, id, { operationName: 'Accept' })).toEqual(ACCEPTED);
      await notification(desktop, { state: 'Processing', id });
      expect(await gws.operationStatus(suite, credentials, id, { operationName: 'Complete' })).toEqual(ACCEPTED);
      await notification(desktop, { state: 'Completed', id });
      expect(await readiness(desktop, 4)).toEqual([
        everyChannel('Ready'),
        ['Ready', 'NotReady', 'Ready'],
        everyChannel('NotReady:wrap-up'),
        ['Ready', 'NotReady', 'Ready'],
      ]);
      expect(await suite.http.user(credentials)).toMatchObject({ loggedIn: true, ready: true });
      assertReceivedContract(desktop);
      expect(await suite.http.operateStatus(credentials, 'EndContactCenterSession')).toEqual({ statusCode: 0 });
    },
    TEST_TIMEOUT_MS,
  );
});
