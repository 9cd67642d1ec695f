import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { AppletConfig } from '@switchboard/config';
import type { InteractionSnapshot } from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { CommandProcessor } from './command-processor.js';
import { DataConnector } from './infrastructure/data-connector.js';
import { LOGGER } from './infrastructure/tokens.js';
import { TenantRegistry } from './tenant-registry.js';
import { decideContinuePlan } from './use-cases/continue-plan.js';

type HttpRequestApplet = Extract<AppletConfig, { type: 'http-request' }>;

/**
 * Makes the data connector calls that paused plans wait on — outside the tenant's command queue, so a slow
 * endpoint holds up nothing else — and continues each plan with the answer. Paused plans come from the event
 * log, so a call cut short by a restart is made again after it.
 */
@Injectable()
export class PlanCalls implements OnApplicationShutdown {
  private readonly inFlight = new Set<string>();
  private stopped = false;

  constructor(
    private readonly processor: CommandProcessor,
    private readonly registry: TenantRegistry,
    private readonly connector: DataConnector,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    processor.onSettled((tenant) => {
      this.startPending(tenant);
    });
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  /** Starts the calls the tenant's paused plans wait on, but not those already in flight: only this tenant's. */
  private startPending(tenant: string): void {
    if (this.stopped) return;
    const entry = this.registry.get(tenant);
    if (!entry) return;
    for (const id of entry.state.pausedInteractions()) {
      const snapshot = entry.state.interactions.get(id)?.snapshot;
      const step = snapshot?.planStep;
      const applet =
        snapshot && step !== undefined ? entry.catalog.planForRoute(snapshot.route)?.applets[step] : undefined;
      if (!snapshot || step === undefined || applet?.type !== 'http-request') continue;
      const key = `${tenant}\u0000${id}\u0000${step}`;
      if (this.inFlight.has(key)) continue;
      this.inFlight.add(key);
      void this.call(tenant, snapshot, step, applet).finally(() => this.inFlight.delete(key));
    }
  }

  private async call(
    tenant: string,
    interaction: InteractionSnapshot,
    step: string,
    applet: HttpRequestApplet,
  ): Promise<void> {
    const result = await this.connector.call(applet, step, interaction);
    if (!result.ok)
      this.logger.warn({ interactionId: interaction.id, step, error: result.error }, 'data connector call failed');
    try {
      await this.processor.execute(tenant, (state, catalog, now) =>
        decideContinuePlan(state, catalog, { interactionId: interaction.id, step, result }, now),
      );
    } catch (error) {
      this.logger.error(
        { err: error, interactionId: interaction.id, step },
        'could not continue the plan; it is retried on the next command',
      );
    }
  }
}
