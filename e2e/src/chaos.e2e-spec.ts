// The chaos suite: `npm run start:cluster` (3 NATS nodes, 2 gateways, 2 notifiers, 2 interactions services) under a
// steady load from real clients spread over both gateways — VCC dispatches from a CRM whose callbacks are registered,
// three GWS agents over CometD accepting and completing what they are offered, an ICWS user placing, holding and
// hanging up calls — while one process at a time is SIGKILLed: a NATS node (the event stream's leader), the
// interactions instance holding the busy tenant, the notifier holding an agent's CometD session, a gateway; and the
// holder of the tenant is SIGSTOPped past its lease, then resumed. Every request is counted ok / failed / unknown
// (Jepsen), and afterwards: nothing acknowledged is lost, nothing is done twice, every agent saw each notification
// once and in order or handshook again and was sent the current state (its screen matches the platform), every
// callback was taken at least once and in order per interaction, and the resumed old holder wrote nothing. The
// unavailability window of each fault is printed.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ProviderNotification } from '@switchboard/contracts';
import { isAlive, pollUntil, type RecordedName } from '@switchboard/testing';
import { CallbackLedger } from './support/callback-ledger.js';
import { agent, bodyOf, SwitchboardHttp } from './support/contract-http.js';
import { DesktopWorker } from './support/desktop-worker.js';
import { useHttpReceiver } from './support/http-receiver.js';
import { IcwsSession } from './support/icws-client.js';
import { IcwsCallWorker } from './support/icws-worker.js';
import { DispatchLoad, everyActiveInteraction, expectEachDispatchOnce } from './support/jepsen-dispatch.js';
import { streamLeader } from './support/nats-cluster.js';
import { usePlatform } from './support/platform-suite.js';
import { RoundRobinBalancer } from './support/round-robin-balancer.js';
import { leaseHolder, recordsAfterLosingTheClaim, tenantRecords } from './support/tenant-log.js';

const TEST_TIMEOUT_MS = 420_000;
const LEASE_TTL_SECONDS = 2;
const DISPATCH_EVERY_MS = 150;
/** The tenant every client works in: the busiest one. */
const TENANT = 'demo';
const PROVIDER = 'CrmIntegration';
/** The demo agents with the CRM route's skills; carol, without them, places calls over ICWS. */
const AGENTS = ['AgentUsername', 'alice', 'bob'] as const;
const ICWS_USER = 'carol';
/** Acknowledged dispatches after a fault's recovery before the next fault: the platform is in steady state again. */
const STEADY_OKS = 15;
/** How long the clients have, once the load stops, for their screens and callbacks to settle. */
const SETTLE_MS = 30_000;

const ledger = new CallbackLedger();
const receiver = useHttpReceiver<ProviderNotification[]>(ledger.respond);
const suite = usePlatform(
  // info: the services' account of leases taken and given up is the first thing to read when a fault is not recovered
  () => ({
    LOG_LEVEL: 'info',
    LEASE_TTL_SECONDS: String(LEASE_TTL_SECONDS),
    CALLBACK_MAX_ATTEMPTS: '20',
    CALLBACK_RETRY_BASE_MS: '100',
    CALLBACK_RETRY_MAX_MS: '1000',
  }),
  { cluster: true },
);
/** One balancer per desktop, so that each knows the notifier holding its session. */
const balancers: RoundRobinBalancer[] = [];
beforeAll(async () => {
  balancers.push(...(await Promise.all(AGENTS.map(() => RoundRobinBalancer.start(suite.platform.baseUrls)))));
});
/** The clients of the run, stopped after it even when it failed half-way (their loops would keep jest alive). */
const clients: { stop: () => Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(clients.map((client) => client.stop()));
  await Promise.all(balancers.map((balancer) => balancer.stop()));
});

const startedAt = performance.now();
/** A line on stderr as the run goes (jest prints console.log only once the file is done): where a long run is. */
const progress = (line: string): void => {
  process.stderr.write(`[chaos +${String(Math.round((performance.now() - startedAt) / 1000))} s] ${line}\n`);
};

/** Polls a condition at the pace of a fault's recovery. */
const waitFor = async <T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> => {
  progress(`waiting for ${what}`);
  return pollUntil(check, { timeoutMs, intervalMs: 20, what });
};

/** The pid of a recorded process once the launcher has restarted it (it differs from `killed` and is alive). */
const restarted = (name: RecordedName, killed: number): Promise<number> =>
  waitFor(`${name} restarted`, async () => {
    const pid = await suite.platform.pidOf(name).catch(() => undefined);
    return pid !== undefined && pid !== killed && isAlive(pid) ? pid : undefined;
  });

/** The interactions instance holding the tenant's lease, once one other than `not` does. */
const holder = (not?: string): Promise<string> =>
  waitFor(`an interactions instance holding ${TENANT}${not === undefined ? '' : ` other than ${not}`}`, async () => {
    const name = await leaseHolder(suite.platform, TENANT);
    return name !== undefined && name !== not ? name : undefined;
  });

/**
 * Runs the test, and when it fails keeps what explains it in a directory of its own: every line the processes wrote,
 * and the tenant's log record by record (the processes' data directory goes with the platform).
 */
const keepingEvidence =
  (test: () => Promise<void>): (() => Promise<void>) =>
  async () => {
    try {
      await test();
    } catch (error) {
      const dir = await mkdtemp(path.join(tmpdir(), 'switchboard-chaos-'));
      await writeFile(path.join(dir, 'platform.log'), suite.platform.output());
      const records = await tenantRecords(suite.platform, TENANT).catch(() => []);
      const lines = records.map(
        (record) => `${String(record.seq)} ${record.subject} ${record.writer} ${JSON.stringify(record.contents)}`,
      );
      await writeFile(path.join(dir, `${TENANT}-log.txt`), lines.join('\n'));
      progress(`the failed run's output and ${TENANT}'s log are in ${dir}`);
      throw error;
    }
  };

describe('chaos: start:cluster under load from every dialect, one process killed at a time', () => {
  it(
    'loses nothing acknowledged, does nothing twice, keeps every desktop true and every callback in order; the paused old holder writes nothing',
    keepingEvidence(async () => {
      const { platform } = suite;
      const gateways = platform.baseUrls.map((base) => new SwitchboardHttp(base));
      expect(gateways).toHaveLength(2);
      for (const gateway of gateways) await gateway.accessToken(); // the tokens are not what this test is about
      bodyOf(
        await suite.http.register({ provider: PROVIDER, endpoint: receiver.url('/crm') }),
        200,
        'RegisterResponse',
      );

      const desktops: DesktopWorker[] = [];
      for (const [index, username] of AGENTS.entries()) {
        const credentials = agent(username);
        expect(await suite.http.operateStatus(credentials, 'StartContactCenterSession')).toEqual({ statusCode: 0 });
        const worker = new DesktopWorker(
          suite.desktops.clientThrough(balancers[index]?.url ?? '', username),
          credentials,
          gateways,
        );
        await worker.desktop.connect();
        expect(await suite.http.operateStatus(credentials, 'Ready')).toEqual({ statusCode: 0 });
        desktops.push(worker);
        clients.push(worker);
      }
      const icwsSession = await IcwsSession.open(platform.baseUrls[0] ?? '', ICWS_USER);
      const icws = new IcwsCallWorker(
        platform.baseUrls.map((base) => icwsSession.through(base)),
        gateways,
        '+4416329',
      );
      const load = new DispatchLoad(suite, 'CHAOS', DISPATCH_EVERY_MS, { through: gateways, provider: PROVIDER });
      clients.push(icws, load);
      const windows: string[] = [];
      const recordWindow = (line: string): void => {
        windows.push(line);
        progress(line);
      };
      /** Resolves once dispatches sent after `at` have been acknowledged STEADY_OKS times. */
      const steady = (at: number, what: string): Promise<boolean> =>
        waitFor(`${String(STEADY_OKS)} acknowledged dispatches after ${what}`, () =>
          load.oksSentAfter(at) >= STEADY_OKS ? true : undefined,
        );
      /** Milliseconds from `at` until a dispatch sent after it (through `via`, when given) was acknowledged. */
      const backAfter = async (at: number, via?: string): Promise<number> => {
        const first = await waitFor(`a dispatch${via === undefined ? '' : ` through ${via}`} to succeed`, () =>
          load.firstOkSentAfter(at, via),
        ).catch((error: unknown) => {
          const since = load.attempts.filter((attempt) => attempt.sentAt > at);
          // what the launcher and the interactions services said: who held, took or gave up what
          const told = platform
            .output()
            .split('\n')
            .filter((line) => /"service":"(interactions|launcher)"|"name":"launcher"/.test(line))
            .slice(-40)
            .map((line) => line.slice(0, 400));
          throw new Error(
            `${String(error)}; the last of the ${String(since.length)} sent since: ${JSON.stringify(since.slice(-3), null, 1)}\n${told.join('\n')}`,
          );
        });
        return Math.round(first.answeredAt - at);
      };
      let paused = '';
      try {
        await steady(0, 'the start');

        // 1. the NATS node leading the event stream
        const leader = await waitFor('the event stream’s leader', () => streamLeader(platform, 'SB_EVENTS'));
        const node = `nats-server-${leader}` as RecordedName;
        const nodePid = await platform.pidOf(node);
        process.kill(nodePid, 'SIGKILL');
        const nodeKilledAt = performance.now();
        recordWindow(
          `SIGKILL NATS node ${leader} (event stream leader): ${TENANT}'s dispatches succeed again after ${String(await backAfter(nodeKilledAt))} ms`,
        );
        await restarted(node, nodePid);
        await steady(performance.now(), `${node} restarted`);

        // 2. the interactions instance holding the busy tenant
        const owner = await holder();
        const ownerPid = await platform.pidOf(owner as RecordedName);
        process.kill(ownerPid, 'SIGKILL');
        const ownerKilledAt = performance.now();
        recordWindow(
          `SIGKILL ${owner} (holding ${TENANT}): dispatches succeed again after ${String(await backAfter(ownerKilledAt))} ms`,
        );
        await restarted(owner as RecordedName, ownerPid);
        await steady(performance.now(), `${owner} restarted`);

        // 3. the notifier holding the first agent's CometD session
        const notifier = balancers[0]?.holder ?? '';
        expect(notifier).toMatch(/^notifier-[12]$/);
        const onIt = desktops.filter((_, index) => balancers[index]?.holder === notifier);
        const sessionsBefore = onIt.map((worker) => worker.desktop.sessions.length);
        const notifierPid = await platform.pidOf(notifier as RecordedName);
        process.kill(notifierPid, 'SIGKILL');
        const notifierKilledAt = performance.now();
        await waitFor(`the desktops on ${notifier} to handshake again`, () =>
          onIt.every((worker, index) => worker.desktop.sessions.length > (sessionsBefore[index] ?? 0))
            ? true
            : undefined,
        );
        recordWindow(
          `SIGKILL ${notifier} (holding ${String(onIt.length)} of the ${String(desktops.length)} desktops' sessions): all of them had handshaken again ` +
            `${String(Math.round(performance.now() - notifierKilledAt))} ms after the kill; dispatches did not stop (first after the kill: ${String(await backAfter(notifierKilledAt))} ms)`,
        );
        await restarted(notifier as RecordedName, notifierPid);
        await steady(performance.now(), `${notifier} restarted`);

        // 4. a gateway: its clients' requests go to the other one meanwhile
        const [, second] = platform.baseUrls;
        const gatewayPid = await platform.pidOf('gateway-2');
        process.kill(gatewayPid, 'SIGKILL');
        const gatewayKilledAt = performance.now();
        const viaOther = await backAfter(gatewayKilledAt, platform.baseUrls[0]);
        const viaKilled = await backAfter(gatewayKilledAt, second);
        recordWindow(
          `SIGKILL gateway-2: dispatches through gateway-1 succeed after ${String(viaOther)} ms, through gateway-2 (restarted) after ${String(viaKilled)} ms`,
        );
        await steady(performance.now(), 'gateway-2 restarted');

        // 5. the holder of the busy tenant paused past its lease, then resumed
        paused = await holder();
        const pausedPid = await platform.pidOf(paused as RecordedName);
        process.kill(pausedPid, 'SIGSTOP');
        const pausedAt = performance.now();
        try {
          const successor = await holder(paused);
          recordWindow(
            `SIGSTOP ${paused} (holding ${TENANT}): ${successor} took it over; dispatches succeed again after ${String(await backAfter(pausedAt))} ms`,
          );
        } finally {
          process.kill(pausedPid, 'SIGCONT');
        }
        await steady(performance.now(), `${paused} resumed`);
      } finally {
        progress('stopping the clients');
        await load.stop();
        await icws.stop();
        await Promise.all(desktops.map((worker) => worker.stop()));
        progress('the clients stopped; checking');
      }
      for (const window of windows) console.log(window);

      // --- the clients' ledgers
      expect([...load.defects, ...icws.defects, ...desktops.flatMap((worker) => worker.defects)]).toEqual([]);
      const tally = (ok: number, failed: number, unknown: number): string =>
        `ok ${String(ok)}, failed ${String(failed)}, unknown ${String(unknown)}`;
      console.log(
        `VCC dispatches: ${String(load.attempts.length)} — ${tally(load.count('ok'), load.count('failed'), load.count('unknown'))}`,
      );
      const desktopOps = desktops.flatMap((worker) => worker.attempts);
      console.log(
        `GWS operations (Accept, Complete): ${String(desktopOps.length)} — ` +
          tally(
            ...((['ok', 'failed', 'unknown'] as const).map((kind) =>
              desktops.reduce((sum, worker) => sum + worker.count(kind), 0),
            ) as [number, number, number]),
          ),
      );
      console.log(
        `ICWS requests (create, hold, unhold, disconnect): ${String(icws.attempts.length)} — ${tally(icws.count('ok'), icws.count('failed'), icws.count('unknown'))}`,
      );
      /** A list that must be empty: how long it is, and its first few, so that a failure reads at a glance. */
      const none = (list: readonly unknown[]): { count: number; first: unknown[] } => ({
        count: list.length,
        first: list.slice(0, 5),
      });
      expect(none(load.attempts.filter((attempt) => attempt.outcome.kind === 'failed'))).toEqual(none([]));
      expect(none(desktops.flatMap((worker) => worker.unexplainedRefusals()))).toEqual(none([]));
      expect(none(icws.unexplainedRefusals())).toEqual(none([]));
      // a fault is answered "unavailable, retry" (503) in every dialect, never a 500: what the platform logged of each is shown
      const serverErrors = [...desktopOps, ...icws.attempts].filter(
        (attempt) => /^5\d\d /.test(attempt.detail) && !attempt.detail.startsWith('503 '),
      );
      const logged = platform
        .output()
        .split('\n')
        .filter((line) => /"level":(50|60)/.test(line) && !/BusUnavailableError|log_unavailable/.test(line))
        .map((line) => line.slice(0, 1500));
      expect({ ...none(serverErrors), logged: serverErrors.length === 0 ? [] : logged.slice(-8) }).toEqual({
        ...none([]),
        logged: [],
      });
      // the desktops' long polls were told to retry (503) or handshake again while a notifier or gateway was down: never a 500
      expect(
        none(balancers.flatMap((balancer) => balancer.statuses.filter((status) => status >= 500 && status !== 503))),
      ).toEqual(none([]));

      // --- VCC: every acknowledged dispatch exists exactly once; every unknown one at most once
      const records = await tenantRecords(platform, TENANT);
      // the agents complete what they are offered: what the platform made is read from the tenant's log, once settled
      // (an interaction queued again — rejected, transferred — is one interaction: by id)
      const queuedInTheLog = async (): Promise<{ id: string; externalId?: string }[]> => {
        const made = new Map<string, { id: string; externalId?: string }>();
        for (const event of (await tenantRecords(platform, TENANT)).flatMap((record) => record.contents)) {
          const { interaction } = event.data as { interaction?: { id: string; externalId?: string } };
          if (event.type === 'interaction.queued' && interaction) made.set(interaction.id, interaction);
        }
        return [...made.values()];
      };
      /** The evidence when a check fails: where the log has these interactions, who claimed the tenant when, what the services warned of. */
      const evidence = (ids: ReadonlySet<string>): string => {
        const idOf = (event: { data: Record<string, unknown> }): string =>
          String((event.data as { interaction?: { id?: unknown } }).interaction?.id);
        const trail = records.flatMap((record) =>
          record.events === 0
            ? [`${String(record.seq)} claim by ${record.writer}`]
            : record.contents
                .filter((event) => ids.has(idOf(event)))
                .map((event) => `${String(record.seq)} ${record.writer} ${event.type} ${idOf(event)}`),
        );
        const warned = platform
          .output()
          .split('\n')
          .filter((line) => /"service":"interactions"/.test(line) && /"level":(40|50)/.test(line));
        return `the log:\n${trail.slice(0, 120).join('\n')}\n${warned
          .slice(-15)
          .map((line) => line.slice(0, 500))
          .join('\n')}`;
      };
      const { unknownDone } = await expectEachDispatchOnce(suite, load, queuedInTheLog).catch((error: unknown) => {
        const acknowledged = new Set(
          load.attempts.flatMap((a) => (a.outcome.kind === 'ok' ? [a.outcome.interactionid] : [])),
        );
        throw new Error(`${String(error)}\n${evidence(acknowledged)}`);
      });
      console.log(`of the ${String(load.count('unknown'))} unknown dispatches, ${String(unknownDone)} had been done`);

      // --- GWS: what an agent saw came once, in order; once quiet, each screen shows what the platform holds
      for (const worker of desktops) {
        const outOfOrder = worker.outOfOrder();
        expect({
          agent: worker.desktop.username,
          duplicates: worker.duplicates(),
          outOfOrder,
          evidence:
            outOfOrder.length === 0 ? '' : evidence(new Set(outOfOrder.map((line) => line.split(':')[0] ?? ''))),
        }).toEqual({
          agent: worker.desktop.username,
          duplicates: [],
          outOfOrder: [],
          evidence: '',
        });
        const truth = async (): Promise<Map<string, string>> => {
          const listed = bodyOf(
            await suite.http.myInteractions(worker.credentials, '*'),
            200,
            'StatusResponse',
          ) as unknown as {
            interactions: { id: string; state: string }[];
          };
          return new Map(listed.interactions.map(({ id, state }) => [id, state]));
        };
        const agreed = await pollUntil(
          async () => {
            const [shown, held] = [worker.screen(), await truth()];
            return JSON.stringify([...shown].sort()) === JSON.stringify([...held].sort()) ? shown : undefined;
          },
          {
            timeoutMs: SETTLE_MS,
            intervalMs: 100,
            what: `${worker.desktop.username}'s screen to show what the platform holds`,
          },
        ).catch(async (error: unknown) => {
          throw new Error(
            `${String(error)}\nscreen: ${JSON.stringify([...worker.screen()])}\nplatform: ${JSON.stringify([...(await truth())])}`,
          );
        });
        console.log(
          `${worker.desktop.username}: ${String(worker.desktop.sessions.length)} CometD session(s), ${String(worker.delivered.length)} notifications, ${String(agreed.size)} on screen at the end`,
        );
      }
      // an acknowledged Accept or Complete is not lost: nothing acknowledged as completed is still active, nothing
      // acknowledged as accepted is waiting or offered again
      const active = new Map(
        (await everyActiveInteraction(suite)).map((interaction) => [interaction.id, interaction.state]),
      );
      const completed = desktops.flatMap((worker) => worker.acknowledged('Complete'));
      const accepted = desktops.flatMap((worker) => worker.acknowledged('Accept'));
      expect(completed.filter((id) => active.has(id))).toEqual([]);
      expect(accepted.filter((id) => active.get(id) === 'Queued' || active.get(id) === 'Invited')).toEqual([]);

      // --- ICWS: each call placed once at most, each acknowledged one exactly once; every acknowledged hang-up holds
      const placed = new Map<string, number>();
      for (const event of records.flatMap((record) => record.contents)) {
        const tag = (event.data as { interaction?: { userData?: { ChaosCall?: unknown } } }).interaction?.userData
          ?.ChaosCall;
        if (event.type === 'interaction.connected' && typeof tag === 'string')
          placed.set(tag, (placed.get(tag) ?? 0) + 1);
      }
      expect([...placed].filter(([, times]) => times > 1)).toEqual([]);
      for (const target of icws.acknowledgedCalls().keys())
        expect({ target, placed: placed.get(target) }).toEqual({ target, placed: 1 });
      for (const id of icws.hungUp())
        expect({ id, status: (await icwsSession.attributes(id, 'Eic_State')).status }).toEqual({ id, status: 404 });

      // --- callbacks: every one tried was taken; per interaction, nothing assigned after it was released
      await waitFor(
        'every callback tried to be taken',
        () => (ledger.inFlightAt(performance.now()).length === 0 ? true : undefined),
        SETTLE_MS,
      );
      const taken = ledger.taken();
      const firstTaken = new Map<string, (typeof taken)[number]>();
      for (const attempt of taken)
        if (!firstTaken.has(attempt.notificationid)) firstTaken.set(attempt.notificationid, attempt);
      const byInteraction = new Map<string, string[]>();
      for (const { objectid, notification } of firstTaken.values())
        byInteraction.set(objectid, [...(byInteraction.get(objectid) ?? []), notification]);
      const misordered = [...byInteraction].filter(
        ([, kinds]) => kinds.indexOf('Release') !== -1 && kinds.indexOf('Release') !== kinds.length - 1,
      );
      expect(misordered).toEqual([]);
      // every dispatch an agent completed was assigned, then released, and the CRM heard both
      const externalOf = new Map(
        load.attempts.flatMap((a) =>
          a.outcome.kind === 'ok' ? [[a.outcome.interactionid, a.externalid] as const] : [],
        ),
      );
      const completedDispatches = completed.flatMap((id) => externalOf.get(id) ?? []);
      for (const externalid of completedDispatches) {
        expect({ externalid, callbacks: byInteraction.get(externalid)?.slice(-2) }).toEqual({
          externalid,
          callbacks: ['AssignToAgent', 'Release'],
        });
      }
      console.log(
        `callbacks: ${String(firstTaken.size)} taken (${String(ledger.attempts.length)} attempts) for ${String(byInteraction.size)} interactions; ` +
          `${String(completedDispatches.length)} completed dispatches each heard AssignToAgent then Release`,
      );

      // --- the resumed old holder wrote nothing after another instance claimed the tenant
      const intruders = recordsAfterLosingTheClaim(records);
      console.log(
        `${TENANT}'s log: ${String(records.length)} records; stored by an instance after another claimed the tenant: ${String(intruders.length)}`,
      );
      expect(intruders).toEqual([]);
      expect(records.some((record) => record.writer === paused && record.events > 0)).toBe(true);
    }),
    TEST_TIMEOUT_MS,
  );
});
