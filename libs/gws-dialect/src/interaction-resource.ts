import type { GwsApi, InteractionSnapshot, InteractionStateMessage, ProviderSettings } from '@switchboard/contracts';

export type GwsState = InteractionStateMessage['state'];
export type GwsCapability = InteractionStateMessage['capabilities'][number];

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** GWS dates: `YYYY-MM-DD HH:mm:ss.SSS+ZZZZ`, here always in UTC. */
export function gwsDate(iso: string): string {
  const d = new Date(iso);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+0000`
  );
}

/**
 * Exactly the operations valid in a state: what a desktop may offer the agent. In Processing, transferring and
 * placing in a queue appear only where the interaction's provider (VCC Register) permits them, and placing in a
 * workbin only for non-live work whose provider permits hold (parking). A parked interaction has none: it is
 * pulled out through its workbin. A held one can only be retrieved: hold is the agent's own pause, so it is
 * offered whatever the provider permits (which is checked when the interaction is held in the first place).
 */
export function capabilitiesFor(
  state: GwsState,
  interactionType: InteractionSnapshot['interactionType'],
  permitted?: ProviderSettings['agentActionsPermitted'],
): GwsCapability[] {
  switch (state) {
    case 'Invited':
      return ['Accept', 'Reject'];
    case 'Processing':
      return [
        'Complete',
        'Cancel',
        'AttachUserData',
        'UpdateUserData',
        'DeleteUserData',
        ...(permitted?.transferToRoute === false ? [] : (['PlaceInQueue'] as const)),
        ...(interactionType !== 'nonlive' || permitted?.hold === false ? [] : (['PlaceInWorkbin'] as const)),
        ...(permitted?.transferToAgent === false ? [] : (['SingleStepTransfer'] as const)),
      ];
    case 'Held':
      return ['Retrieve'];
    case 'Revoked':
    case 'Completed':
    case 'InWorkbin':
      return [];
  }
}

/** Interaction properties, the linked data under their VCC names, then the user data agents attached. */
function userDataOf(interaction: InteractionSnapshot): Record<string, unknown> {
  return {
    ...interaction.properties,
    ...(interaction.clid === undefined ? {} : { clid: interaction.clid }),
    ...(interaction.name === undefined ? {} : { name: interaction.name }),
    ...(interaction.url === undefined ? {} : { urlLabel: interaction.url.label }),
    ...(interaction.url?.value === undefined ? {} : { url: interaction.url.value }),
    ...interaction.userData,
  };
}

export interface StateMessageDetails {
  notificationType?: InteractionStateMessage['notificationType'];
  /** InWorkbin: the workbin it is parked in. */
  workbin?: string;
}

/**
 * The interaction as a GWS desktop sees it, in notifications and in GETs alike. Typed with the state it was given,
 * so a GET answer (whose states are fewer) can reuse it as it is.
 */
export function interactionStateMessage<S extends GwsState>(
  eventId: string,
  interaction: InteractionSnapshot,
  state: S,
  permitted?: ProviderSettings['agentActionsPermitted'],
  details: StateMessageDetails = {},
): InteractionStateMessage & { state: S } {
  return {
    messageTypeName: 'InteractionStateMessage',
    notificationType: details.notificationType ?? 'StatusChange',
    eventId,
    id: interaction.id,
    ...(interaction.externalId === undefined ? {} : { externalId: interaction.externalId }),
    state,
    capabilities: capabilitiesFor(state, interaction.interactionType, permitted),
    interactionType: interaction.interactionType,
    mediaType: interaction.mediaType,
    currentQueue: interaction.route,
    userData: userDataOf(interaction),
    receivedDate: gwsDate(interaction.queuedAt),
    ...(details.workbin === undefined ? {} : { workbin: details.workbin }),
  };
}

export type InteractionResource = GwsApi.components['schemas']['Interaction'];

const AGENT_STATES = { offered: 'Invited', connected: 'Processing', held: 'Held' } as const;

/** What an agent sees of an interaction offered to it (Invited), handled by it (Processing), or on hold (Held). */
export const agentStateOf = <S extends keyof typeof AGENT_STATES>(status: S): (typeof AGENT_STATES)[S] =>
  AGENT_STATES[status];

/** The interaction in a GET answer: the notification's shape, without the event id. */
export function interactionResource(
  interaction: InteractionSnapshot,
  state: 'Invited' | 'Processing' | 'Held' | 'InWorkbin',
  permitted?: ProviderSettings['agentActionsPermitted'],
  details: StateMessageDetails = {},
): InteractionResource {
  const { eventId: _eventId, ...resource } = interactionStateMessage('', interaction, state, permitted, details);
  return resource;
}
