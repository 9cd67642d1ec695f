// Prometheus metrics (issue 14): every app serves /metrics in the text format — the gateway on its own port, the
// notifier on its HTTP port, the interactions service on HEALTH_PORT — and after one dispatch, one offer and one
// accept, the counters that count them moved by exactly one each, the gauges show the interaction waiting and then
// taken, and the provider's callbacks are counted as delivered, one for each the provider received, each with its
// delivery time.
import { describe, expect, it } from '@jest/globals';
import type { ProviderNotification } from '@switchboard/contracts';
import { environmentOf, pollUntil } from '@switchboard/testing';
import { notification } from './support/agents.js';
import { bodyOf } from './support/contract-http.js';
import * as gws from './support/gws-steps.js';
import { ACCEPTED } from './support/gws-steps.js';
import { useHttpReceiver } from './support/http-receiver.js';
import { usePlatform } from './support/platform-suite.js';
import { moved, scrape, type Scrape } from './support/prometheus-scrape.js';

const TEST_TIMEOUT_MS = 60_000;
const ROUTE = { tenant: 'demo', route: 'CrmCallRouting' };

const desk = useHttpReceiver<ProviderNotification[]>(() => ({ status: 204 }));
const suite = usePlatform();

interface Apps {
  gateway: string;
  notifier: string;
  interactions: string;
}

async function appBases(): Promise<Apps> {
  const notifierPort = (await environmentOf(await suite.platform.pidOf('notifier'))).NOTIFIER_PORT;
  const interactionsPort = (await environmentOf(await suite.platform.pidOf('interactions'))).HEALTH_PORT;
  expect([notifierPort, interactionsPort]).toEqual([expect.any(String), expect.any(String)]);
  return {
    gateway: suite.platform.baseUrl,
    notifier: `http://127.0.0.1:${String(notifierPort)}`,
    interactions: `http://127.0.0.1:${String(interactionsPort)}`,
  };
}

async function scrapeAll(apps: Apps): Promise<Record<keyof Apps, Scrape>> {
  const [gateway, notifier, interactions] = await Promise.all([
    scrape(apps.gateway),
    scrape(apps.notifier),
    scrape(apps.interactions),
  ]);
  return { gateway, notifier, interactions };
}

const PROCESS_METRICS = [
  'process_cpu_seconds_total',
  'process_resident_memory_bytes',
  'nodejs_eventloop_lag_seconds',
  'nodejs_heap_size_used_bytes',
];

describe('metrics', () => {
  it(
    'every app serves its process and event-loop metrics and its own, in Prometheus text format',
    async () => {
      const scrapes = await scrapeAll(await appBases());
      const own: Record<keyof Apps, string[]> = {
        gateway: ['switchboard_http_request_duration_seconds', 'switchboard_bus_request_duration_seconds'],
        notifier: [
          'switchboard_bus_request_duration_seconds',
          'switchboard_cometd_sessions',
          'switchboard_cometd_messages_queued_total',
          'switchboard_icws_sessions',
          'switchboard_icws_messages_queued_total',
          'switchboard_icws_messages_dropped_total',
          'switchboard_callbacks_delivered_total',
          'switchboard_callback_retries_total',
          'switchboard_callbacks_dead_lettered_total',
          'switchboard_callback_delivery_duration_seconds',
        ],
        interactions: [
          'switchboard_jetstream_append_duration_seconds',
          'switchboard_jetstream_append_events',
          'switchboard_routing_decision_duration_seconds',
          'switchboard_interactions_queued_total',
          'switchboard_offers_total',
          'switchboard_offers_accepted_total',
          'switchboard_offers_rejected_total',
          'switchboard_offers_timed_out_total',
          'switchboard_interactions_waiting',
          'switchboard_interactions_oldest_waiting_age_seconds',
          'switchboard_agents',
        ],
      };
      for (const app of ['gateway', 'notifier', 'interactions'] as const) {
        expect({ app, names: scrapes[app].names() }).toEqual({
          app,
          names: expect.arrayContaining([...PROCESS_METRICS, ...own[app]]) as unknown,
        });
      }
      // by route template, never by URL: a path no route has is one series however many such paths are asked for
      for (const path of ['/no-such-path/1', '/no-such-path/2']) await fetch(`${suite.platform.baseUrl}${path}`);
      const after = await scrape(suite.platform.baseUrl);
      const routes = after.labelSets('switchboard_http_request_duration_seconds').map((labels) => labels.route);
      expect(routes).toContain('unmatched');
      expect(routes.filter((route) => route?.includes('no-such-path'))).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'after one dispatch, one offer and one accept, the counters moved by exactly that, and the gauges followed',
    async () => {
      const apps = await appBases();
      bodyOf(await suite.http.register({ provider: 'Desk', endpoint: desk.url('/cb') }), 200, 'RegisterResponse');
      const { credentials, desktop } = await gws.readyDesktop(suite, 'alice');
      const before = await scrapeAll(apps);
      expect(before.interactions.value('switchboard_agents', { tenant: 'demo', state: 'ready' })).toBe(1);
      expect(before.notifier.value('switchboard_cometd_sessions')).toBe(1);

      const id = await gws.dispatchCrm(suite, 'METRICS-1', { provider: 'Desk' });
      await notification(desktop, { state: 'Invited', id });
      const offered = await scrapeAll(apps);
      expect(offered.interactions.value('switchboard_interactions_waiting', ROUTE)).toBe(1);
      expect(
        offered.interactions.value('switchboard_interactions_oldest_waiting_age_seconds', ROUTE),
      ).toBeGreaterThanOrEqual(0);

      expect(await gws.operationStatus(suite, credentials, id, { operationName: 'Accept' })).toMatchObject(ACCEPTED);
      await notification(desktop, { state: 'Processing', id });
      const after = await scrapeAll(apps);

      const counters = [
        'switchboard_interactions_queued_total',
        'switchboard_offers_total',
        'switchboard_offers_accepted_total',
        'switchboard_offers_rejected_total',
        'switchboard_offers_timed_out_total',
      ];
      expect(counters.map((name) => [name, moved(before.interactions, after.interactions, name, ROUTE)])).toEqual([
        ['switchboard_interactions_queued_total', 1],
        ['switchboard_offers_total', 1],
        ['switchboard_offers_accepted_total', 1],
        ['switchboard_offers_rejected_total', 0],
        ['switchboard_offers_timed_out_total', 0],
      ]);
      expect(after.interactions.value('switchboard_interactions_waiting', ROUTE)).toBe(0);
      expect(
        moved(before.interactions, after.interactions, 'switchboard_jetstream_append_events'),
      ).toBeGreaterThanOrEqual(2);
      expect(
        moved(before.interactions, after.interactions, 'switchboard_routing_decision_duration_seconds'),
      ).toBeGreaterThanOrEqual(1);

      // the gateway: one Invoke (the dispatch) answered 200 under its route template, and bus requests made for it
      const invoke = after.gateway
        .labelSets('switchboard_http_request_duration_seconds')
        .find((labels) => /invoke$/i.test(labels.route ?? ''));
      expect(invoke).toMatchObject({ method: 'POST', status: '200' });
      expect(
        moved(before.gateway, after.gateway, 'switchboard_http_request_duration_seconds', {
          route: invoke?.route ?? '',
          method: 'POST',
        }),
      ).toBe(1);
      expect(
        moved(before.gateway, after.gateway, 'switchboard_bus_request_duration_seconds', { outcome: 'ok' }),
      ).toBeGreaterThanOrEqual(2);

      // the notifier: the Invited and Processing notifications queued for alice's session; each callback the provider
      // received counted as delivered, its delivery time observed once, none retried
      expect(moved(before.notifier, after.notifier, 'switchboard_cometd_messages_queued_total')).toBeGreaterThanOrEqual(
        2,
      );
      const delivered = await pollUntil(
        async () => {
          const now = await scrape(apps.notifier);
          const count = moved(before.notifier, now, 'switchboard_callbacks_delivered_total', {
            tenant: 'demo',
            provider: 'Desk',
          });
          return count > 0 && count === desk.requests.length ? count : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 100, what: 'the callbacks the provider received to be counted as delivered' },
      );
      expect(delivered).toBe(desk.requests.length);
      const afterCallbacks = await scrape(apps.notifier);
      expect(
        moved(before.notifier, afterCallbacks, 'switchboard_callback_delivery_duration_seconds', {
          tenant: 'demo',
          provider: 'Desk',
        }),
      ).toBe(delivered);
      expect(moved(before.notifier, afterCallbacks, 'switchboard_callback_retries_total')).toBe(0);

      const [released] = await suite.http.invokeResults({
        provider: 'Desk',
        requests: [{ action: 'release', externalid: 'METRICS-1' }],
      });
      expect(released).toMatchObject({ outcome: 'released' });
    },
    TEST_TIMEOUT_MS,
  );
});
