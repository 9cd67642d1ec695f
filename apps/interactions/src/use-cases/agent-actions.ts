import type {
  AgentInteractionCommand,
  InteractionCommandReply,
  TransferToAgentCommand,
  TransferToRouteCommand,
} from '@switchboard/contracts';
import { ok, refuse, type Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { handled, isRecord } from '../domain/handled-interaction.js';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import { DEFAULT_OFFER_TIMEOUT_SECONDS, type InteractionRecord, type TenantState } from '../domain/tenant-state.js';
import { referenceOf } from './agent-interaction.js';
import { enterRoute } from './plan-outcome.js';
import { userQueueOf } from './user-queue.js';

export function decideAgentRelease(
  state: TenantState,
  command: AgentInteractionCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const record = handled(state, command, 'release');
  if (!isRecord(record)) return refuse(record);
  const event = newEvent(
    'interaction.released',
    state.tenant,
    { interaction: record.snapshot, agentId: command.agentId, reason: 'released-by-agent', ...referenceOf(command) },
    now,
  );
  return { events: [event], reply: ok(command.interactionId) };
}

/** Hold a live interaction or park a non-live one (`on`), or take it back: both are the provider's `hold`. */
export function decideHold(
  state: TenantState,
  command: AgentInteractionCommand,
  on: boolean,
  now: number,
): Decision<InteractionCommandReply> {
  const record = handled(state, command, 'hold');
  if (!isRecord(record)) return refuse(record);
  if (state.isHeld(command.interactionId) === on)
    return refuse(failure('invalid_state', on ? 'the interaction is already held' : 'the interaction is not held'));
  const data = { interaction: record.snapshot, agentId: command.agentId };
  const event = on
    ? newEvent('interaction.held', state.tenant, data, now)
    : newEvent('interaction.retrieved', state.tenant, data, now);
  return { events: [event], reply: ok(command.interactionId) };
}

export function decideTransferToAgent(
  state: TenantState,
  command: TransferToAgentCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const record = handled(state, command, 'transferToAgent');
  if (!isRecord(record)) return refuse(record);
  const target = state.agentConfig(command.targetAgentId);
  if (!target || command.targetAgentId === command.agentId)
    return refuse(failure('agent_not_found', `no other agent with id "${command.targetAgentId}"`));
  if (!state.engine.canOffer(command.interactionId, command.targetAgentId)) {
    if (command.queueIfUnavailable === true) return queueFor(state, record, command, target.username, now);
    return refuse(failure('target_unavailable', `agent ${target.username} cannot take the interaction now`));
  }
  const leaseMs = (record.snapshot.offerTimeoutSeconds ?? DEFAULT_OFFER_TIMEOUT_SECONDS) * 1000;
  const event = newEvent(
    'interaction.transferred',
    state.tenant,
    {
      interaction: record.snapshot,
      fromAgentId: command.agentId,
      toAgentId: command.targetAgentId,
      toAgentUsername: target.username,
      leaseUntil: new Date(now + leaseMs).toISOString(),
      ...referenceOf(command),
    },
    now,
  );
  return { events: [event], reply: ok(command.interactionId) };
}

/** Off the agent, and waiting for the target alone (its personal queue) until it can take it. */
function queueFor(
  state: TenantState,
  record: InteractionRecord,
  command: TransferToAgentCommand,
  username: string,
  now: number,
): Decision<InteractionCommandReply> {
  const moved = { ...record.snapshot, personalQueue: userQueueOf(username), queuedAt: new Date(now).toISOString() };
  const { route } = moved;
  return {
    events: [
      newEvent(
        'interaction.route-transferred',
        state.tenant,
        { interaction: moved, fromAgentId: command.agentId, route, ...referenceOf(command) },
        now,
      ),
      newEvent('interaction.queued', state.tenant, { interaction: moved }, now),
    ],
    reply: ok(command.interactionId),
  };
}

export function decideTransferToRoute(
  state: TenantState,
  catalog: TenantCatalog,
  command: TransferToRouteCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const record = handled(state, command, 'transferToRoute');
  if (!isRecord(record)) return refuse(record);
  // ICWS names the route as a workgroup, in any case; the interaction carries its name as configured
  const route = catalog.routeNamed(command.route);
  const plan = route === undefined ? undefined : catalog.planForRoute(route);
  if (route === undefined || !plan) return refuse(failure('route_not_found', `no named route "${command.route}"`));
  const moved = { ...record.snapshot, route, queuedAt: new Date(now).toISOString() };
  const events = [
    newEvent(
      'interaction.route-transferred',
      state.tenant,
      { interaction: moved, fromAgentId: command.agentId, route, ...referenceOf(command) },
      now,
    ),
    ...enterRoute(state.tenant, plan, moved, now),
  ];
  return { events, reply: ok(command.interactionId) };
}
