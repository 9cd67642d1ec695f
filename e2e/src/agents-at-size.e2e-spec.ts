// A contact center at size: 1,000 agents of a generated tenant sign in over GWS, hold their CometD long polls
// through the gateway, become Ready, and each is offered one live interaction dispatched with VCC Invoke.
// Prints what was delivered and how long an invitation took from the Invoke's reply to the agent's desktop.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from '@jest/globals';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { pollUntil } from '@switchboard/testing';
import { agent } from './support/contract-http.js';
import { GENERATED_ROUTE, useGeneratedTenant } from './support/generated-tenant.js';
import { usePlatform } from './support/platform-suite.js';

const AGENTS = 1_000;
const SIGN_INS_IN_FLIGHT = 100;
/**
 * One interaction per Invoke, so that an invitation's latency is measured from the reply that dispatched it alone
 * (an Invoke answers once all its requests are dispatched); 20 in flight. The 1,000 Invokes of the one integration
 * client stay within the default RATE_LIMIT_PER_MINUTE (1,200), as every agent's requests within its own.
 */
const INTERACTIONS_PER_INVOKE = 1;
const INVOKES_IN_FLIGHT = 20;
const DELIVERY_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 180_000;

const tenant = useGeneratedTenant(AGENTS);
const suite = usePlatform(() => ({ SWITCHBOARD_CONFIG_DIR: tenant.configDir }));

/** Runs `task` over `items` with at most `limit` in flight; settles every one. */
async function settleAll<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results = new Array<PromiseSettledResult<R>>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await task(items[index] as T).then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The nearest-rank percentile of ascending `sorted`. */
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const reasonOf = (result: PromiseSettledResult<unknown>): string =>
  result.status === 'rejected'
    ? ((result.reason instanceof Error ? result.reason.message : String(result.reason)).split('\n')[0] ?? '')
    : '';

/** StartContactCenterSession, CometD handshake and subscriptions through the gateway, then Ready. */
async function signIn(username: string): Promise<GwsAgentClient> {
  const credentials = agent(username);
  const started = await suite.http.operateStatus(credentials, 'StartContactCenterSession');
  if (started.statusCode !== 0) throw new Error(`StartContactCenterSession: ${JSON.stringify(started)}`);
  const desktop = suite.desktops.client(username);
  await desktop.connect();
  const ready = await suite.http.operateStatus(credentials, 'Ready');
  if (ready.statusCode !== 0) throw new Error(`Ready: ${JSON.stringify(ready)}`);
  return desktop;
}

describe(`${AGENTS} agents connected over CometD through the gateway`, () => {
  it(
    'offers every agent exactly one of as many live interactions',
    async () => {
      const began = performance.now();
      // The first desktop signs in alone: desktops in one process share CometD's browser cookie, which the
      // first handshake sets.
      const [first, ...rest] = tenant.usernames;
      const signIns = [
        ...(await settleAll([first ?? ''], 1, signIn)),
        ...(await settleAll(rest, SIGN_INS_IN_FLIGHT, signIn)),
      ];
      const desktops = signIns.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      const signInFailures = signIns.filter((result) => result.status === 'rejected').map(reasonOf);
      const signedIn = performance.now();

      // When each invitation reaches its desktop, by interaction id.
      const arrivals = new Map<string, number[]>();
      for (const desktop of desktops) {
        desktop.onNotification((message) => {
          if (message.state !== 'Invited') return;
          arrivals.set(message.id, [...(arrivals.get(message.id) ?? []), performance.now()]);
        });
      }

      // When the Invoke that dispatched each interaction was sent and when it answered, by interaction id.
      const sent = new Map<string, number>();
      const replied = new Map<string, number>();
      const batches = Array.from({ length: Math.ceil(AGENTS / INTERACTIONS_PER_INVOKE) }, (_, batch) =>
        Array.from(
          { length: INTERACTIONS_PER_INVOKE },
          (_, index) => `size-${batch * INTERACTIONS_PER_INVOKE + index + 1}`,
        ),
      );
      const invokes = await settleAll(batches, INVOKES_IN_FLIGHT, async (externalids) => {
        const sentAt = performance.now();
        const results = await suite.http.invokeResults({
          requests: externalids.map((externalid) => ({
            externalid,
            route: GENERATED_ROUTE,
            routingdata: { interactiontype: 'live' as const },
          })),
        });
        const at = performance.now();
        for (const result of results) {
          if (result.outcome !== 'dispatched' || result.interactionid === undefined)
            throw new Error(`not dispatched: ${JSON.stringify(result)}`);
          sent.set(result.interactionid, sentAt);
          replied.set(result.interactionid, at);
        }
      });
      const dispatchFailures = invokes.filter((result) => result.status === 'rejected').map(reasonOf);
      const dispatched = performance.now();

      const invited = (): number =>
        desktops.filter((desktop) => desktop.received.some((message) => message.state === 'Invited')).length;
      await pollUntil(() => (invited() === AGENTS ? true : undefined), {
        timeoutMs: DELIVERY_TIMEOUT_MS,
        intervalMs: 100,
        what: `an invitation on each of the ${AGENTS} desktops`,
      }).catch(() => undefined); // what arrived by then is reported and asserted below
      const delivered = performance.now();

      const invitationsPerDesktop = desktops.map(
        (desktop) => desktop.received.filter((message) => message.state === 'Invited').length,
      );
      const deliveredInteractions = [...replied.keys()].filter((id) => arrivals.has(id)).length;
      const latencies = (since: Map<string, number>): string => {
        const sorted = [...since]
          .flatMap(([id, at]) => (arrivals.get(id) ?? []).map((arrival) => arrival - at))
          .sort((a, b) => a - b);
        return [50, 99, 100]
          .map((p) => `${p === 100 ? 'max' : `p${p}`} ${percentile(sorted, p).toFixed(0)} ms`)
          .join(', ');
      };
      const seconds = (from: number, to: number): string => `${((to - from) / 1000).toFixed(1)} s`;
      process.stdout.write(
        [
          `agents at size: ${desktops.length}/${AGENTS} signed in (${seconds(began, signedIn)})` +
            (signInFailures.length > 0 ? `; ${signInFailures.length} sign-ins failed` : ''),
          `agents at size: ${replied.size} interactions dispatched (${seconds(signedIn, dispatched)})` +
            (dispatchFailures.length > 0 ? `; ${dispatchFailures.length} Invokes failed` : ''),
          `agents at size: delivered/expected = ${deliveredInteractions}/${AGENTS} = ${(deliveredInteractions / AGENTS).toFixed(3)} ` +
            `(${seconds(dispatched, delivered)} after the last Invoke's reply)`,
          `agents at size: invitation latency from the Invoke's reply: ${latencies(replied)}; from its request: ${latencies(sent)}`,
          '',
        ].join('\n'),
      );

      const examples = (failures: string[]): string[] => [...new Set(failures)].slice(0, 3);
      expect({ signInFailures: signInFailures.length, examples: examples(signInFailures) }).toEqual({
        signInFailures: 0,
        examples: [],
      });
      expect({ dispatchFailures: dispatchFailures.length, examples: examples(dispatchFailures) }).toEqual({
        dispatchFailures: 0,
        examples: [],
      });
      expect(deliveredInteractions / AGENTS).toBe(1);
      // Every agent was offered exactly one interaction, and no interaction was offered twice.
      expect(invitationsPerDesktop.filter((count) => count !== 1)).toEqual([]);
      expect([...arrivals.values()].filter((times) => times.length !== 1)).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
