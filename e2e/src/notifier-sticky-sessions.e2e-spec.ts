// `npm run start:cluster` behind a load balancer without affinity (support/round-robin-balancer.ts): an agent
// desktop's CometD requests alternate between the two gateways, each with a notifier of its own. The session stays
// on the notifier that holds it (its sb-notifier cookie), so the desktop keeps its one CometD session and hears
// every notification of its interactions once, in order. Then that notifier is SIGKILLed: the desktop handshakes
// again through a live notifier and is sent the current state of its interaction within seconds.
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InteractionStateMessage } from '@switchboard/contracts';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { pollUntil, type RecordedName } from '@switchboard/testing';
import { notification } from './support/agents.js';
import { ACCEPTED } from './support/gws-steps.js';
import * as gws from './support/gws-steps.js';
import { usePlatform } from './support/platform-suite.js';
import { RoundRobinBalancer } from './support/round-robin-balancer.js';

const TEST_TIMEOUT_MS = 60_000;
const INTERACTIONS = 3;
/** What the issue promises ("within seconds"), asserted generously. */
const MAX_RESYNC_MS = 15_000;

const suite = usePlatform(() => ({}), { cluster: true });
let balancer: RoundRobinBalancer;
beforeAll(async () => {
  balancer = await RoundRobinBalancer.start(suite.platform.baseUrls);
});
afterAll(() => balancer.stop());

const live = (desktop: GwsAgentClient, id: string): InteractionStateMessage[] =>
  desktop.received.filter((message) => message.id === id && !message.eventId.startsWith('snapshot-'));

describe('a desktop whose CometD requests alternate between the gateways of start:cluster', () => {
  it(
    'keeps its session on one notifier and hears everything once in order; when that notifier dies it is back with the current state within seconds',
    async () => {
      const { credentials, desktop } = await gws.readyDesktop(suite, 'AgentUsername', (name) =>
        suite.desktops.clientThrough(balancer.url, name),
      );
      const status = (id: string, operationName: string): Promise<unknown> =>
        gws.operationStatus(suite, credentials, id, { operationName });

      for (let index = 1; index <= INTERACTIONS; index += 1) {
        const id = await gws.dispatchCrm(suite, `STICKY-${String(index)}`);
        await notification(desktop, { state: 'Invited', id });
        expect(await status(id, 'Accept')).toMatchObject(ACCEPTED);
        await notification(desktop, { state: 'Processing', id });
        expect(await status(id, 'Complete')).toMatchObject(ACCEPTED);
        await notification(desktop, { state: 'Completed', id });
        expect(live(desktop, id).map((message) => message.state)).toEqual(['Invited', 'Processing', 'Completed']);
      }
      // the long polls did go through both gateways, and the desktop never had to handshake again
      for (const base of suite.platform.baseUrls)
        expect(balancer.forwarded.get(base)).toBeGreaterThanOrEqual(INTERACTIONS);
      expect(desktop.sessions).toHaveLength(1);
      const eventIds = desktop.received.map((message) => message.eventId);
      expect(new Set(eventIds).size).toBe(eventIds.length);

      // an interaction under way when its notifier dies
      const held = await gws.dispatchCrm(suite, 'STICKY-HELD');
      await notification(desktop, { state: 'Invited', id: held });
      expect(await status(held, 'Accept')).toMatchObject(ACCEPTED);
      await notification(desktop, { state: 'Processing', id: held });
      const holder = balancer.holder;
      expect(holder).toMatch(/^notifier-[12]$/);
      const receivedBefore = desktop.received.length;
      process.kill(await suite.platform.pidOf(holder as RecordedName), 'SIGKILL');
      const killedAt = performance.now();

      const current = await pollUntil(
        () =>
          desktop.sessions.length > 1
            ? desktop.received
                .slice(receivedBefore)
                .find((message) => message.id === held && message.eventId.startsWith('snapshot-'))
            : undefined,
        {
          timeoutMs: MAX_RESYNC_MS,
          intervalMs: 20,
          what: 'a new CometD session and the held interaction’s current state',
        },
      );
      const resyncMs = Math.round(performance.now() - killedAt);
      console.log(
        `notifier ${String(holder)} SIGKILLed: the desktop handshook again through ${String(balancer.holder)} and had the current state ${String(resyncMs)} ms after the kill`,
      );
      expect(current.state).toBe('Processing');
      // while its notifier was down, the desktop was told to retry (503) or to handshake again — never a 500
      expect(balancer.statuses.filter((status) => status >= 500 && status !== 503)).toEqual([]);

      // and it goes on from there, once and in order
      expect(await status(held, 'Complete')).toMatchObject(ACCEPTED);
      await notification(desktop, { state: 'Completed', id: held });
      expect(live(desktop, held).map((message) => message.state)).toEqual(['Invited', 'Processing', 'Completed']);
    },
    TEST_TIMEOUT_MS,
  );
});
