import type { Logger } from '@switchboard/logging';
import { startNatsServer, type NatsServerOptions, type RunningNatsServer } from '@switchboard/nats-server';
import { RestartBackoff } from './restart-backoff.js';
import { forgetPid, recordPid } from './run-dir.js';

/** What distinguishes one supervised nats-server from another: a node of a cluster has fixed ports and a config. */
export interface SupervisedNatsOptions {
  /** Its pid file's name (nats-server, or nats-server-<node> for a node of a cluster). */
  pidName?: string;
  /** A free one when omitted; kept across restarts either way. */
  port?: number;
  /** Configuration-file lines (a cluster node's name, routes, monitoring port). */
  config?: string;
}

/**
 * The private nats-server, kept running: when it dies it is started again on the same port with the same
 * storage (the event log, KV buckets and durable consumers survive), after a backoff, and its new pid is
 * recorded. The apps never see a new URL: their connections reconnect for ever (connectBus), so requests fail
 * only while it is down.
 */
export class NatsSupervisor {
  private stopping = false;
  private readonly backoff = new RestartBackoff();
  private retry: NodeJS.Timeout | undefined;
  private restarting: Promise<void> | undefined;

  private constructor(
    private current: RunningNatsServer,
    private readonly storeDir: string,
    private readonly runDir: string,
    private readonly logger: Logger,
    private readonly options: SupervisedNatsOptions,
  ) {}

  static async start(
    storeDir: string,
    runDir: string,
    logger: Logger,
    options: SupervisedNatsOptions = {},
  ): Promise<NatsSupervisor> {
    const server = await NatsSupervisor.launch(storeDir, options.port, logger, options.config);
    const supervisor = new NatsSupervisor(server, storeDir, runDir, logger, options);
    await supervisor.adopt(server);
    return supervisor;
  }

  private get pidName(): string {
    return this.options.pidName ?? 'nats-server';
  }

  get url(): string {
    return this.current.url;
  }

  /** Stops it for good (SIGTERM, waiting for the exit) and forgets its pid. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    // a restart under way finishes first (and stops what it started), so nothing outlives the launcher
    await this.restarting;
    await this.current.stop();
    await forgetPid(this.runDir, this.pidName);
  }

  private static launch(
    storeDir: string,
    port: number | undefined,
    logger: Logger,
    config: string | undefined,
  ): Promise<RunningNatsServer> {
    const options: NatsServerOptions = {
      storeDir,
      ...(port === undefined ? {} : { port }),
      ...(config === undefined ? {} : { config }),
      // Its own process group: Ctrl-C reaches the apps and the launcher, which stops NATS after the apps.
      detached: true,
      onLog: (line) => {
        logger.debug({ source: 'nats-server' }, line);
      },
    };
    return startNatsServer(options);
  }

  private async adopt(server: RunningNatsServer): Promise<void> {
    this.current = server;
    this.backoff.started();
    await recordPid(this.runDir, this.pidName, server.process.pid);
    server.process.once('exit', (code, signal) => {
      if (this.stopping) return;
      const delay = this.backoff.delayAfterExit();
      this.logger.warn({ code, signal, port: server.port, restartInMs: delay }, 'nats-server exited; restarting it');
      this.scheduleRestart(delay);
    });
  }

  private scheduleRestart(delay: number): void {
    this.retry = setTimeout(() => {
      this.restarting = this.restart().finally(() => {
        this.restarting = undefined;
      });
    }, delay);
  }

  /** Runs from the timer, which stop() clears: only a stop during the start itself needs checking. */
  private async restart(): Promise<void> {
    try {
      const server = await NatsSupervisor.launch(this.storeDir, this.current.port, this.logger, this.options.config);
      if (this.stopping) {
        await server.stop();
        return;
      }
      await this.adopt(server);
      this.logger.info({ url: server.url, pid: server.process.pid }, 'nats-server restarted');
    } catch (error) {
      // e.g. the port is still held for a moment, or the storage is locked by a dying process: try again
      if (this.stopping) return;
      const delay = this.backoff.delayAfterFailedStart();
      this.logger.error({ err: error, restartInMs: delay }, 'nats-server could not be restarted; trying again');
      this.scheduleRestart(delay);
    }
  }
}
