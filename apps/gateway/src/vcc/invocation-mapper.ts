import type {
  DispatchInteractionCommand,
  DomainErrorCode,
  InteractionCommandReply,
  ReleaseInteractionCommand,
  VccApi,
} from '@switchboard/contracts';
import { ApiError } from '../errors/api-error.js';

type Schemas = VccApi.components['schemas'];
export type VccInteraction = Schemas['Interaction'];
export type VccInteractionResult = Schemas['InteractionResult'];
type RequestErrorCode = Schemas['RequestError']['code'];

/** A VCC Interaction object with action dispatch, as the canonical dispatch command. */
export function toDispatchCommand(item: VccInteraction, provider: string | undefined): DispatchInteractionCommand {
  const command: DispatchInteractionCommand = { route: item.route ?? '', properties: {}, skills: [] };
  if (item.requestid !== undefined) command.requestId = item.requestid;
  if (item.externalid !== undefined) command.externalId = item.externalid;
  if (provider !== undefined) command.provider = provider;
  for (const data of item.linkeddata ?? []) {
    switch (data.type) {
      case 'clid':
        command.clid = data.value;
        break;
      case 'name':
        command.name = data.value;
        break;
      case 'mediatype':
        command.mediaType = data.value;
        break;
      case 'url':
        command.url = data.value === undefined ? { label: data.label } : { label: data.label, value: data.value };
        break;
      case 'interactionproperty':
        command.properties[data.key] = data.value;
        break;
      case 'object':
        command.properties[data.owner === undefined ? data.key : `${data.owner}.${data.key}`] = data.value;
        break;
    }
  }
  const routing = item.routingdata;
  if (routing?.interactiontype !== undefined) command.interactionType = routing.interactiontype;
  command.skills = (routing?.skills ?? []).map((skill) =>
    skill.expiryafter === undefined
      ? { name: skill.name }
      : { name: skill.name, expiryAfterSeconds: skill.expiryafter },
  );
  if (routing?.personalqueue) {
    command.personalQueue = {
      agent: routing.personalqueue.agent,
      loggedInTimeoutSeconds: routing.personalqueue.loggedintimeout,
      loggedOutTimeoutSeconds: routing.personalqueue.loggedouttimeout,
    };
  }
  return command;
}

export function toReleaseCommand(item: VccInteraction, provider: string | undefined): ReleaseInteractionCommand {
  return {
    externalId: item.externalid ?? '',
    ...(item.requestid === undefined ? {} : { requestId: item.requestid }),
    ...(provider === undefined ? {} : { provider }),
  };
}

/** Domain refusals a VCC client can act on; anything else is a fault of ours, not of the request. */
const REQUEST_ERRORS: Partial<Record<DomainErrorCode, RequestErrorCode>> = {
  route_not_found: 'route_not_found',
  external_id_in_use: 'external_id_in_use',
  interaction_not_found: 'interaction_not_found',
  provider_required: 'provider_required',
  provider_mismatch: 'provider_mismatch',
  provider_not_registered: 'provider_not_registered',
  unknown_skill: 'unknown_skill',
  unknown_agent: 'unknown_agent',
};

/**
 * The per-request entry of an Invoke response. A repeated requestid is answered with the first request's outcome
 * as it was — its action and externalid beside its interactionid — never with what the repeat asked.
 */
export function toInteractionResult(
  index: number,
  item: VccInteraction,
  reply: InteractionCommandReply,
): VccInteractionResult {
  const asked = {
    action: item.action ?? 'dispatch',
    ...(item.externalid === undefined ? {} : { externalId: item.externalid }),
  };
  const answered = reply.ok && reply.duplicate && reply.firstRequest ? reply.firstRequest : asked;
  const base: VccInteractionResult = {
    index,
    action: answered.action,
    ...(item.requestid === undefined ? {} : { requestid: item.requestid }),
    ...(answered.externalId === undefined ? {} : { externalid: answered.externalId }),
    outcome: 'rejected',
    duplicate: false,
  };
  if (reply.ok) {
    return {
      ...base,
      outcome: answered.action === 'dispatch' ? 'dispatched' : 'released',
      duplicate: reply.duplicate,
      interactionid: reply.interactionId,
    };
  }
  const code = REQUEST_ERRORS[reply.error.code];
  if (code === undefined) throw new ApiError('internal', `request ${index} failed: ${reply.error.message}`);
  return { ...base, error: { code, message: reply.error.message } };
}
