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
  /** Switchboard's extension on a live Invited notification: when the offer is taken back, and the time left then. */
  switchboardOfferLease?: { leaseUntil: string; remainingMs: number };
}

/** An interaction in a workbin (GET /api/v2/workbins/{id}/workitems): the notification's shape, state InWorkbin. */
export type Workitem = Omit<InteractionStateMessage, 'messageTypeName' | 'notificationType' | 'eventId'>;

export interface Workbin {
  id: string;
  workbinName: string;
  workbinType: 'agent' | 'queue';
  queue?: string;
}

export interface WorkbinListResponse {
  statusCode: 0;
  workbins: Workbin[];
}

export interface WorkbinContentResponse {
  statusCode: 0;
  workitems: Workitem[];
}

/** What `/v2/me/workbins` carries; the desktop acts on the item changes (the rest it reads by GET). */
export type WorkbinMessage =
  | {
      messageType: 'WorkbinStateChangeMessage';
      eventId: string;
      action: 'ItemAdded' | 'ItemRemoved';
      workbinId: string;
      interaction: InteractionStateMessage;
    }
  | { messageType: 'WorkbinSubscriptionStateChangeMessage'; eventId: string; stateResource: string; id: string }
  | {
      messageType: 'WorkbinContentMessage';
      eventId: string;
      workbinId: string;
      interactions: InteractionStateMessage[];
    };

export interface ChannelStateChangeMessageV2 {
  messageType: 'ChannelStateChangeMessageV2';
  eventId: string;
  channels: { channel: string; userState: { state: 'Ready' | 'NotReady' | 'LoggedOut'; reason?: string } }[];
}
