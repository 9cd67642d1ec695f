import { InteractionsProcess } from '../processes/interactions-process.js';
import { instanceLogEvent } from './instance-log.js';

export interface FailoverInstanceOptions {
  natsUrl: string;
  configDir: string;
  instanceId: string;
  leaseTtlSeconds: number;
}

/** A tenant this instance took over, and how long restoring it took (its own figure, from its log). */
export interface Takeover {
  tenant: string;
  ms: number;
}

/**
 * One interactions process for this benchmark to stop: by SIGKILL, as a crash, or SIGTERM, as a deploy. It runs
 * with the service's defaults (a takeover restores as in production, snapshots included) and its info lines are
 * read, to know when it is ready and what its takeovers took.
 */
export class FailoverInstance {
  readonly takeovers: Takeover[] = [];
  /** Resolves once the instance serves what it holds and looks for free tenants. */
  readonly ready: Promise<void>;
  private readonly process: InteractionsProcess;

  private constructor(options: FailoverInstanceOptions) {
    let readied: () => void = () => undefined;
    this.ready = new Promise<void>((resolve) => {
      readied = resolve;
    });
    this.process = InteractionsProcess.start({
      natsUrl: options.natsUrl,
      configDir: options.configDir,
      instanceId: options.instanceId,
      env: {
        LEASE_TTL_SECONDS: String(options.leaseTtlSeconds),
        // every instance prefers every tenant: a free one goes to whichever instance looks first, without a grace period
        PREFERRED_TENANTS: '',
        LOG_LEVEL: 'info',
      },
      onLine: (line) => {
        const event = instanceLogEvent(line);
        if (event?.kind === 'ready') readied();
        else if (event?.kind === 'takeover') this.takeovers.push({ tenant: event.tenant, ms: event.ms });
      },
    });
  }

  static start(options: FailoverInstanceOptions): FailoverInstance {
    return new FailoverInstance(options);
  }

  get instanceId(): string {
    return this.process.instanceId;
  }

  get pid(): number {
    return this.process.pid;
  }

  get running(): boolean {
    return this.process.running;
  }

  get died(): Promise<never> {
    return this.process.died;
  }

  stopWith(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    return this.process.stop(signal);
  }
}
