// The shapes of the GWS v2 contract (contracts/openapi/gws-v2.openapi.yaml, contracts/asyncapi/gws-notifications)
// that the desktop reads. Written out here rather than imported: the generated types live in a Node library.

export interface StatusResponse {
  statusCode: number;
  statusMessage?: string;
  referenceId?: number;
}

export interface MeResponse {
  statusCode: 0;
  user: { id: string; userName: string; loggedIn: boolean; ready: boolean };
}

export type InteractionState = 'Invited' | 'Processing' | 'Held' | 'Revoked' | 'Completed' | 'InWorkbin';

export interface InteractionStateMessage {
  messageTypeName: 'InteractionStateMessage';
  notificationType: 'StatusChange' | 'PropertiesUpdated';
  eventId: string;
  id: string;
  externalId?: string;
  state: InteractionState;
  capabilities: string[];
  interactionType: 'live' | 'chat' | 'nonlive';
  mediaType: string;
  currentQueue?: string;
  userData: Record<string, unknown>;
  receivedDate: string;
  workbin?: string;
}

export interface ChannelStateChangeMessageV2 {
  messageType: 'ChannelStateChangeMessageV2';
  eventId: string;
  channels: { channel: string; userState: { state: 'Ready' | 'NotReady' | 'LoggedOut'; reason?: string } }[];
}
