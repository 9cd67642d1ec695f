// Issue 13, point 2: one handler table, typed by the contract. What this file asserts is mostly checked by the
// typecheck (`npx tsc -p tsconfig.json --noEmit` covers spec files): each `@ts-expect-error` below is a table the
// compiler must refuse; should it accept one, the unused directive fails the typecheck.
import { describe, expect, it } from '@jest/globals';
import { busRequestChannelsByOwner, type AgentReply } from '@switchboard/contracts';
import {
  handlerTable,
  type AreaHandlers,
  type InteractionsChannel,
  type InteractionsHandlers,
} from './handler-table.js';

const notFound: AgentReply = { ok: false, error: { code: 'agent_not_found', message: 'none' } };

/** A handler for every channel of the service but `agentGet`, each answering its channel's name in a failure. */
const allButAgentGet = Object.fromEntries(
  busRequestChannelsByOwner.interactions
    .filter((channel) => channel !== 'agentGet')
    .map((channel) => [channel, () => ({ ok: false, error: { code: 'invalid_command', message: channel } })]),
) as unknown as Omit<InteractionsHandlers, 'agentGet'>;

const agentGet = { agentGet: () => notFound } satisfies AreaHandlers;

describe('the handler table', () => {
  it('joins the areas into one handler per channel of the service', async () => {
    const table: InteractionsHandlers = handlerTable(allButAgentGet, agentGet);
    expect(Object.keys(table).sort()).toEqual([...busRequestChannelsByOwner.interactions].sort());
    expect(await table.agentGet({ agentId: 'a' }, 'demo')).toBe(notFound);
    expect(await table.interactionList({}, 'demo')).toMatchObject({ error: { message: 'interactionList' } });
  });

  it('refuses, at compile time, a table with a channel missing, handled twice, or not the service’s', () => {
    // @ts-expect-error agentGet has no handler
    const missing: InteractionsHandlers = handlerTable(allButAgentGet);
    // @ts-expect-error agentGet is handled by two areas
    const twice: InteractionsHandlers = handlerTable(allButAgentGet, agentGet, { agentGet: () => notFound });
    const foreign: InteractionsHandlers = handlerTable(allButAgentGet, agentGet, {
      // @ts-expect-error callbackRedrive is the notifier's
      callbackRedrive: () => ({ ok: true, notificationId: 'n' }),
    });
    // @ts-expect-error a handler must answer its own channel's reply (agentGet answers an AgentReply)
    const mistyped = { agentGet: () => ({ ok: true, results: [] }) } satisfies AreaHandlers;
    // their keys show what each would have been; the point is that none of them compiles
    expect([missing, twice, foreign, mistyped].map((table) => Object.keys(table).includes('agentGet'))).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('is typed by the contract: the interactions channels are exactly those the contract gives the service', () => {
    const channels: readonly InteractionsChannel[] = busRequestChannelsByOwner.interactions;
    expect(channels).not.toContain('callbackRedrive');
    expect(channels).toContain('interactionDispatch');
  });
});
