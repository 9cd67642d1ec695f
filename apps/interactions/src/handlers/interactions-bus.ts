import { Inject, Injectable, Optional } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { logAnsweredRequest } from '@switchboard/bus';
import {
  busRequestChannelsByOwner,
  BusValidator,
  type BusRequestMap,
  type CommandFailure,
  type DomainErrorCode,
} from '@switchboard/contracts';
import type { Logger } from '@switchboard/logging';
import { CommandProcessor } from '../command-processor.js';
import type { Clock } from '../domain/clock.js';
import { failure } from '../domain/domain-failure.js';
import { loggingFailures, type AgentCredentialsSink } from '../infrastructure/agent-credentials-writer.js';
import { AGENT_CREDENTIALS, CLOCK, LOGGER } from '../infrastructure/tokens.js';
import { agentConfigHandlers } from './agent-config.handlers.js';
import { agentHandlers } from './agent.handlers.js';
import { handlerTable, type InteractionsChannel, type InteractionsHandlers } from './handler-table.js';
import { icwsHandlers } from './icws.handlers.js';
import { interactionHandlers } from './interaction.handlers.js';
import { providerHandlers } from './provider.handlers.js';
import { sessionHandlers } from './session.handlers.js';
import { withValidPayload } from './validated-payload.js';

/** A failure thrown as `new RpcException({ code, message })` (the write path's log_unavailable): answered as it is. */
const codedFailure = (error: unknown): CommandFailure | undefined => {
  const coded: unknown = error instanceof RpcException ? error.getError() : undefined;
  if (typeof coded !== 'object' || coded === null || !('code' in coded) || !('message' in coded)) return undefined;
  return typeof coded.code === 'string' && typeof coded.message === 'string'
    ? failure(coded.code as DomainErrorCode, coded.message)
    : undefined;
};

/**
 * Every bus request this service answers, from one table: the contract's channels owned by `interactions`, each
 * payload checked against the channel's schema once, here, then handed to the channel's handler with the tenant the
 * request came for. The transport (TenantOwnedNatsServer) subscribes to these channels for each tenant served.
 */
@Injectable()
export class InteractionsBus {
  readonly channels: readonly InteractionsChannel[] = busRequestChannelsByOwner.interactions;
  private readonly handlers: InteractionsHandlers;

  constructor(
    processor: CommandProcessor,
    private readonly validator: BusValidator,
    @Inject(CLOCK) clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() @Inject(AGENT_CREDENTIALS) credentials?: AgentCredentialsSink,
  ) {
    const deps = { processor, clock, ...(credentials ? { credentials: loggingFailures(credentials, logger) } : {}) };
    this.handlers = handlerTable(
      interactionHandlers(deps),
      agentHandlers(deps),
      agentConfigHandlers(deps),
      providerHandlers(deps),
      icwsHandlers(deps),
      sessionHandlers(deps),
    );
  }

  /**
   * The reply to one request: never a rejection. A payload off the contract is invalid_command; anything a handler
   * throws is a failure too (internal_error, logged, unless it carries its own code), so the caller hears at once.
   * Each answer is logged (commands at info, queries at debug: see answeredRequestLine).
   */
  async answer<K extends InteractionsChannel>(
    channel: K,
    tenant: string,
    payload: unknown,
  ): Promise<BusRequestMap[K]['reply'] | CommandFailure> {
    const started = performance.now();
    const reply = await this.replyTo(channel, tenant, payload);
    logAnsweredRequest(this.logger, channel, tenant, reply, performance.now() - started);
    return reply;
  }

  private async replyTo<K extends InteractionsChannel>(
    channel: K,
    tenant: string,
    payload: unknown,
  ): Promise<BusRequestMap[K]['reply'] | CommandFailure> {
    try {
      return await withValidPayload(this.validator, channel, payload, (command) =>
        this.handlers[channel](command, tenant),
      );
    } catch (error) {
      const coded = codedFailure(error);
      if (coded) return coded;
      this.logger.error({ err: error, channel, tenant }, 'a bus request failed');
      return failure('internal_error', 'unexpected error');
    }
  }
}
