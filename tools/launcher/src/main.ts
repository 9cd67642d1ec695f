// `npm start`: the whole platform on one machine. Starts a private nats-server (unless NATS_URL is set), then
// the interactions service, the notifier, the statistics service and the gateway with the tenants of config/; Ctrl-C
// stops it all.
// `npm run start:cluster` (--cluster): the same on a private 3-node JetStream cluster, with two gateways (PORT and
// SECOND_GATEWAY_PORT, PORT + 1 by default, each with its own notifier), CLUSTER_INTERACTIONS interactions services
// (2 by default), the tenants spread over them, and two statistics services (each holds every tenant).
// An invalid configuration — the launcher's, a tenant file, or an app's environment (an app then exits with
// EXIT_CONFIG) — stops it all with the message and exit status 78; an app that crashes otherwise is restarted.
import path from 'node:path';
import { ConfigError, EXIT_CONFIG, EXIT_FAILURE, loadTenantConfigs, parseEnv } from '@switchboard/config';
import { createLogger } from '@switchboard/logging';
import { freePort, NatsServerNotFoundError } from '@switchboard/nats-server';
import { launcherEnvSchema } from './launcher.env.js';
import { NatsClusterSupervisor } from './nats-cluster-supervisor.js';
import { NatsSupervisor } from './nats-supervisor.js';
import { stopLeftoverProcesses } from './run-dir.js';
import { loadOrCreateSigningKey } from './signing-key.js';
import { AppConfigurationError, Supervisor } from './supervisor.js';

const READY_TIMEOUT_MS = 60_000;

async function waitForReady(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the gateway did not become ready at ${url} within ${READY_TIMEOUT_MS / 1000} s`);
}

/** The tenants the index-th of `count` interactions services prefers: every count-th, so they spread evenly. */
function preferredTenants(tenantIds: readonly string[], index: number, count: number): string[] {
  return tenantIds.filter((_, position) => position % count === index);
}

/** How many of each app run: one of each, or what start:cluster runs. */
interface Layout {
  cluster: boolean;
  interactions: number;
  /** Gateways, each with a notifier of its own. */
  gateways: number;
  /** Statistics services: each reads the whole log and answers for every tenant. */
  statistics: number;
}

async function main(): Promise<void> {
  const env = parseEnv(launcherEnvSchema);
  const cluster = process.argv.includes('--cluster');
  const layout: Layout = cluster
    ? { cluster, interactions: env.CLUSTER_INTERACTIONS, gateways: 2, statistics: 2 }
    : { cluster, interactions: 1, gateways: 1, statistics: 1 };
  const logFormat = env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const logger = createLogger({ service: 'launcher', level: env.LOG_LEVEL, format: logFormat });
  const dataDir = path.resolve(env.SWITCHBOARD_DATA_DIR);

  const runDir = path.join(dataDir, 'run');
  await stopLeftoverProcesses(runDir, logger);
  let nats: NatsSupervisor | NatsClusterSupervisor | undefined;
  const supervisor = new Supervisor(runDir, logger);
  let stopping: Promise<void> | undefined;
  const stop = (signal: string): Promise<void> =>
    (stopping ??= (async () => {
      logger.info({ signal }, 'stopping Switchboard');
      await supervisor.stopAll();
      await nats?.stop();
      logger.info('stopped');
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop(signal).then(() => process.exit(0));
    });
  }

  try {
    // an app that finds its configuration invalid fails the start at once, instead of leaving it to time out
    await Promise.race([startPlatform(), supervisor.misconfigured]);
  } catch (error) {
    // whatever did start (NATS, some apps) must not outlive a failed start
    await stop('startup failure');
    throw error;
  }
  // later too: an app restarted after its tenant file was broken meanwhile would fail the same way for ever
  supervisor.misconfigured.catch(async (error: unknown) => {
    await stop('invalid configuration');
    exitWith(error);
  });

  async function startPlatform(): Promise<void> {
    if (env.NATS_URL === undefined) {
      // Supervised like the apps: restarted on the same port with the same storage if it dies.
      nats = layout.cluster
        ? await NatsClusterSupervisor.start(path.join(dataDir, 'cluster'), runDir, logger)
        : await NatsSupervisor.start(path.join(dataDir, 'nats'), runDir, logger);
    }
    const natsUrl = env.NATS_URL ?? nats?.url ?? '';
    logger.info(
      { natsUrl, private: nats !== undefined },
      nats ? `started a private ${layout.cluster ? 'NATS cluster' : 'nats-server'}` : 'joining NATS',
    );

    const host = env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST;
    const ports = [env.PORT, env.SECOND_GATEWAY_PORT ?? env.PORT + 1].slice(0, layout.gateways);
    const bases = ports.map((port) => `http://${host}:${String(port)}`);
    // Without a real SMS endpoint, the demo's SendSMS route posts to the gateway's stand-in.
    const smsUrl = process.env.SWITCHBOARD_SMS_URL ?? `${bases[0] ?? ''}/demo/sms`;
    const shared: NodeJS.ProcessEnv = {
      ...process.env,
      SWITCHBOARD_SMS_URL: smsUrl,
      NATS_URL: natsUrl,
      SWITCHBOARD_SIGNING_KEY: env.SWITCHBOARD_SIGNING_KEY ?? (await loadOrCreateSigningKey(dataDir)),
      SWITCHBOARD_CONFIG_DIR: path.resolve(env.SWITCHBOARD_CONFIG_DIR),
      LOG_LEVEL: env.LOG_LEVEL,
      LOG_FORMAT: logFormat,
    };
    const entry = (app: string): string => path.resolve('apps', app, 'dist', 'main.js');
    // one of each keeps its plain name (its pid file is <app>.pid); start:cluster's are <app>-1, <app>-2
    const name = (app: string, index: number): string => (layout.cluster ? `${app}-${String(index + 1)}` : app);
    // read as the apps will, with their environment
    const tenantIds = (await loadTenantConfigs(shared.SWITCHBOARD_CONFIG_DIR ?? '', shared)).map((tenant) => tenant.id);
    const probes: Record<string, string> = {};
    // where each app serves its Prometheus metrics: the gateways on their port, the others on their HTTP port
    const metrics: Record<string, string> = {};
    for (let index = 0; index < layout.interactions; index += 1) {
      // a restarted instance keeps its name, so it takes its own leases back at once instead of after their TTL
      const instance = name('interactions', index);
      const healthPort = await freePort();
      probes[instance] = `http://127.0.0.1:${String(healthPort)}/readyz`;
      metrics[instance] = `http://127.0.0.1:${String(healthPort)}/metrics`;
      await supervisor.start({
        name: instance,
        entry: entry('interactions'),
        env: {
          ...shared,
          INSTANCE_ID: instance,
          PREFERRED_TENANTS: preferredTenants(tenantIds, index, layout.interactions).join(','),
          HEALTH_PORT: String(healthPort),
          HEALTH_HOST: '127.0.0.1',
        },
      });
    }
    for (let index = 0; index < layout.statistics; index += 1) {
      const instance = name('statistics', index);
      const statisticsPort = await freePort();
      probes[instance] = `http://127.0.0.1:${String(statisticsPort)}/readyz`;
      metrics[instance] = `http://127.0.0.1:${String(statisticsPort)}/metrics`;
      await supervisor.start({
        name: instance,
        entry: entry('statistics'),
        env: { ...shared, STATISTICS_PORT: String(statisticsPort), STATISTICS_HOST: '127.0.0.1' },
      });
    }
    for (let index = 0; index < bases.length; index += 1) {
      const notifierPort = await freePort();
      const notifier = name('notifier', index);
      probes[notifier] = `http://127.0.0.1:${String(notifierPort)}/readyz`;
      metrics[notifier] = `http://127.0.0.1:${String(notifierPort)}/metrics`;
      await supervisor.start({
        name: notifier,
        entry: entry('notifier'),
        // registered under its name at the URL its gateway uses too: a restart takes its registration back at once
        env: {
          ...shared,
          NOTIFIER_PORT: String(notifierPort),
          NOTIFIER_HOST: '127.0.0.1',
          NOTIFIER_INSTANCE_ID: notifier,
          NOTIFIER_PUBLIC_URL: `http://127.0.0.1:${String(notifierPort)}`,
        },
      });
      await supervisor.start({
        name: name('gateway', index),
        entry: entry('gateway'),
        env: {
          ...shared,
          PORT: String(ports[index]),
          HOST: env.HOST,
          NOTIFIER_URL: `http://127.0.0.1:${String(notifierPort)}`,
          DEMO_SMS_SINK: String(process.env.SWITCHBOARD_SMS_URL === undefined),
        },
      });
    }
    await Promise.all(bases.map((base) => waitForReady(`${base}/readyz`)));
    for (const [index, base] of bases.entries()) {
      probes[name('gateway', index)] = `${base}/readyz`;
      metrics[name('gateway', index)] = `${base}/metrics`;
    }
    logger.info(
      { urls: bases, readiness: probes, metrics },
      `Switchboard is ready at ${bases.join(' and ')} (demo credentials in README.md); Ctrl-C stops it`,
    );
  }
}

/** Says why Switchboard could not run, and exits: EXIT_CONFIG for an invalid configuration, EXIT_FAILURE otherwise. */
function exitWith(error: unknown): never {
  if (
    error instanceof NatsServerNotFoundError ||
    error instanceof ConfigError ||
    error instanceof AppConfigurationError
  ) {
    console.error(`npm start: ${error.message}`);
  } else {
    console.error('npm start: failed:', error);
  }
  process.exit(error instanceof ConfigError || error instanceof AppConfigurationError ? EXIT_CONFIG : EXIT_FAILURE);
}

main().catch(exitWith);
