import type { BusRequestChannelOf, BusRequestMap } from '@switchboard/contracts';
import type { CommandProcessor } from '../command-processor.js';
import type { Clock } from '../domain/clock.js';
import type { AgentCredentialsSink } from '../infrastructure/agent-credentials-writer.js';

/** The bus requests this service answers: those the contract's `x-owner` gives to `interactions`. */
export type InteractionsChannel = BusRequestChannelOf<'interactions'>;

/** Answers one request of a tenant this instance serves; the command has already passed the contract's schema. */
export type BusHandler<K extends keyof BusRequestMap> = (
  command: BusRequestMap[K]['request'],
  tenant: string,
) => Promise<BusRequestMap[K]['reply']> | BusRequestMap[K]['reply'];

/** The service's whole table: one handler for each of its channels, typed by that channel. */
export type InteractionsHandlers = { readonly [K in InteractionsChannel]: BusHandler<K> };

/** One area's handlers (agent, interaction, …): some of the service's channels. */
export type AreaHandlers = Partial<InteractionsHandlers>;

/**
 * What the handlers reach: the write path, and the clock. The tenants' memory only through the processor's reads,
 * which never show what the log does not hold yet.
 */
export interface HandlerDeps {
  processor: CommandProcessor;
  clock: Clock;
  /** Where agents configured live are published for the gateways; none in tests that do not need it. */
  credentials?: AgentCredentialsSink;
}

type KeysOf<T> = T extends unknown ? keyof T : never;
type Handled<Areas extends readonly object[]> = KeysOf<Areas[number]>;
type HandledTwice<Areas extends readonly object[]> = Areas extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? (keyof First & Handled<Rest>) | HandledTwice<Rest>
  : never;

/**
 * The areas' handlers as the table, if they are one: otherwise a type that names what is wrong (a channel handled twice,
 * one of the contract's not handled, one that is not this service's), which no InteractionsHandlers accepts.
 */
export type TableOf<Areas extends readonly object[]> = [HandledTwice<Areas>] extends [never]
  ? [Exclude<InteractionsChannel, Handled<Areas>>] extends [never]
    ? [Exclude<Handled<Areas>, InteractionsChannel>] extends [never]
      ? InteractionsHandlers
      : { notThisServicesChannels: Exclude<Handled<Areas>, InteractionsChannel> }
    : { unhandledChannels: Exclude<InteractionsChannel, Handled<Areas>> }
  : { channelsHandledTwice: HandledTwice<Areas> };

/**
 * Joins the areas' handlers into the one table. Typecheck refuses the result as InteractionsHandlers unless every
 * channel the contract gives this service is handled by exactly one area, and no other is: a channel added to the
 * contract fails the build until it has its handler.
 */
export function handlerTable<const Areas extends readonly AreaHandlers[]>(...areas: Areas): TableOf<Areas> {
  return Object.freeze(Object.assign({}, ...areas)) as TableOf<Areas>;
}
