import type { DispatchInteractionCommand, InteractionCommandReply, InteractionSnapshot } from '@switchboard/contracts';
import { refuse, type Decision } from '../domain/decision.js';
import { failure } from '../domain/domain-failure.js';
import type { TenantCatalog } from '../domain/tenant-catalog.js';
import type { TenantState } from '../domain/tenant-state.js';
import { enterRoute } from './plan-outcome.js';

const DEFAULT_MEDIA_TYPE = 'API Object';
const DEFAULT_INTERACTION_TYPE = 'nonlive';

function snapshotOf(id: string, command: DispatchInteractionCommand, now: number): InteractionSnapshot {
  const { requestId, externalId, provider, clid, name, url, personalQueue } = command;
  return {
    id,
    ...(externalId === undefined ? {} : { externalId }),
    ...(requestId === undefined ? {} : { requestId }),
    ...(provider === undefined ? {} : { provider }),
    route: command.route,
    interactionType: command.interactionType ?? DEFAULT_INTERACTION_TYPE,
    mediaType: command.mediaType ?? DEFAULT_MEDIA_TYPE,
    ...(clid === undefined ? {} : { clid }),
    ...(name === undefined ? {} : { name }),
    ...(url === undefined ? {} : { url }),
    properties: command.properties,
    skills: command.skills,
    ...(personalQueue === undefined ? {} : { personalQueue }),
    queuedAt: new Date(now).toISOString(),
  };
}

/** Accepts an interaction into a named route and runs the route's plan as far as it goes without I/O or an agent. */
export function decideDispatch(
  state: TenantState,
  catalog: TenantCatalog,
  command: DispatchInteractionCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const repeat = state.requests.repeatOf(command.requestId, now);
  if (repeat) return refuse(repeat);

  const plan = catalog.planForRoute(command.route);
  if (!plan) return refuse(failure('route_not_found', `no named route "${command.route}"`));
  if (command.provider !== undefined && !state.providers.has(command.provider)) {
    return refuse(failure('provider_not_registered', `provider "${command.provider}" is not registered`));
  }
  if (command.externalId !== undefined && state.interactionByExternalId(command.externalId)) {
    return refuse(
      failure('external_id_in_use', `externalid "${command.externalId}" belongs to an interaction still in the system`),
    );
  }
  const unknownSkill = command.skills.find((skill) => !catalog.hasSkill(skill.name));
  if (unknownSkill) return refuse(failure('unknown_skill', `no skill named "${unknownSkill.name}"`));
  if (command.personalQueue && state.agentIdOf(command.personalQueue.agent) === undefined) {
    return refuse(failure('unknown_agent', `no agent with username "${command.personalQueue.agent}"`));
  }

  const interaction = snapshotOf(state.nextInteractionId(), command, now);
  return {
    events: enterRoute(state.tenant, plan, interaction, now),
    reply: { ok: true, interactionId: interaction.id, duplicate: false },
  };
}
